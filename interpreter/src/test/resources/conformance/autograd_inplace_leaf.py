import torch

w = torch.ones(3, requires_grad=True)
a = torch.ones(3)
y = w * a
a[0] = 2
print(a._version)
y.sum().backward()
