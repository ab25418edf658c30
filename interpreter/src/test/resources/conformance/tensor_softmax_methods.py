# softmax/log_softmax as tensor methods (d2l: y_hat.softmax(dim=1)), beside the torch and F forms.
import torch
import torch.nn.functional as F

x = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, -1.0]], requires_grad=True)
print(x.softmax(1))
print(x.softmax(dim=0))
print(x.log_softmax(-1))
print(x.softmax(1, dtype=torch.float64))
print(torch.equal(x.softmax(1), F.softmax(x, dim=1)), torch.equal(x.log_softmax(1), torch.log_softmax(x, 1)))
y = x.log_softmax(dim=1)[:, 0].sum()
y.backward()
print(x.grad)
try:
    x.softmax()
except TypeError as e:
    print("TypeError")
try:
    x.softmax(2)
except IndexError as e:
    print("IndexError:", e)
