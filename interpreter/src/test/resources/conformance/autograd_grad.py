import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x ** 3).sum()
g = torch.autograd.grad(y, x, create_graph=True)[0]
print(g)
print(g.grad_fn.name())
g2 = torch.autograd.grad(g.sum(), x)[0]
print(g2)
print(x.grad)
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
b = torch.tensor([0.5, -0.5], requires_grad=True)
out = w.matmul(torch.tensor([1.0, -1.0])) + b
grads = torch.autograd.grad(out, [w, b], grad_outputs=torch.tensor([1.0, 2.0]))
print(grads[0])
print(grads[1])
u = torch.tensor(2.0, requires_grad=True)
v = torch.tensor(5.0, requires_grad=True)
s = u * u * u
print(torch.autograd.grad(s, [u, v], allow_unused=True))
s2 = u.sin()
d1 = torch.autograd.grad(s2, u, create_graph=True)[0]
d2 = torch.autograd.grad(d1, u, create_graph=True)[0]
d3 = torch.autograd.grad(d2, u)[0]
print(d1, d2, d3)
k = torch.tensor([1.0, 2.0], requires_grad=True)
m = k.tanh().sum()
print(torch.autograd.grad(m, k, retain_graph=True))
print(torch.autograd.grad(m, k))
print(torch.autograd.gradcheck(torch.sigmoid, torch.tensor([0.5, -1.0], dtype=torch.float64, requires_grad=True)))
