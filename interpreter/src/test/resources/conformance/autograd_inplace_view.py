import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
v = y[1:]
v *= 3
print(y, y.grad_fn.name(), v.grad_fn.name(), v.grad_fn.next_functions[0][0].name())
print(y.grad_fn.next_functions[0][0].name(), y.grad_fn.next_functions[1][0])
y.sum().backward()
print(x.grad)
x.grad = None
y = x * 2
v = y.t()
w = v[0]
w += x[2]
print(y.grad_fn.name(), w.grad_fn.name())
(y * y).sum().backward()
print(x.grad)
z = x * 1
z[0] += 5
z[1:].fill_(2)
print(z, z.grad_fn.name())
x.grad = None
(z * x).sum().backward()
print(x.grad)
m = x * 1
m[1:].masked_fill_(torch.tensor([True, False]), 0.0)
print(m)
x[0].fill_(1)
