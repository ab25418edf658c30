import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
y.retain_grad()
print(y.retains_grad, x.retains_grad)


def show(grad):
    print("hook sees", grad)


def double(grad):
    return grad * 2


h1 = y.register_hook(show)
h2 = x.register_hook(double)
z = (y * y).sum()
z.backward()
print(y.grad)
print(x.grad)
h1.remove()
h2.remove()
x.grad = None
y = x * 2
y.retain_grad()
(x * y).sum().backward()
print(x.grad)
print(y.grad)
a = torch.ones(2, requires_grad=True)
b = a + 1
print(b.grad)
c = b.exp()
c.sum().backward()
print(a.grad, b.grad)
