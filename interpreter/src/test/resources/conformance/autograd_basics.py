import torch

x = torch.ones(2, 2, requires_grad=True)
print(x, x.is_leaf, x.requires_grad, x.grad)
y = x + 2
print(y, y.is_leaf, y.grad_fn.name())
z = y * y * 3
out = z.mean()
print(z, out)
out.backward()
print(x.grad)

# z = w * x + b, the graph of a single neuron
w = torch.tensor(2.0, requires_grad=True)
xx = torch.tensor(3.0)
b = torch.tensor(1.0, requires_grad=True)
zz = w * xx + b
print(zz, zz.grad_fn.name())
zz.backward()
print(w.grad, b.grad, xx.grad, xx.requires_grad)

# Gradient accumulation and zeroing
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
for step in range(3):
    s = (a * a).sum()
    s.backward()
    print(step, a.grad)
a.grad.zero_()
print(a.grad)
a.grad = None
print(a.grad)

# Names of grad_fn for common ops
m = torch.ones(2, 3, requires_grad=True)
for t in [m + 1, m * 2, m - 1, 2 - m, m / 2, 1 / m, -m, m.sum(), m.mean(), m.sum(0), m.mean(1), m.view(6),
          m[0], m[:, 1], m.T, m.t(), m.transpose(0, 1), m @ m.T, m[0] @ m[0], m @ m[0], m.double()]:
    print(t.grad_fn.name(), end=' ')
print()
