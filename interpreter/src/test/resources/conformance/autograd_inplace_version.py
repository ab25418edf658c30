import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x.exp()
z = y * 2
z.sum().backward()
print(x.grad)
h = x * 1
h += 1
print(h.grad_fn.name(), h._version)
h.sum().backward()
print(x.grad)
y = x.exp()
y += 1
print(y.grad_fn.name(), y._version)
y.sum().backward()
