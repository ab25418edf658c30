import torch

# torch.linalg.det and torch.linalg.inv: the same functions as torch.det and torch.inverse.
a = torch.tensor([[4.0, 2.0], [2.0, 4.0]], requires_grad=True)
d = torch.linalg.det(a)
inv = torch.linalg.inv(A=a)
print(d, inv)
print(d.grad_fn.name(), inv.grad_fn.name())
(d + inv.sum()).backward()
print(a.grad)
batch = torch.tensor([[[2.0, 1.0, 0.0], [1.0, 2.0, 0.0], [0.0, 0.0, 4.0]],
                      [[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 0.5]]], dtype=torch.float64)
print(torch.linalg.det(batch), torch.linalg.inv(batch))
try:
    torch.linalg.inv(torch.tensor([[1.0, 2.0], [2.0, 4.0]]))
except RuntimeError as e:
    print(e)
