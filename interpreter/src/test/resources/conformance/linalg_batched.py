import torch

torch.manual_seed(0)
a = torch.randn(2, 3, 3, dtype=torch.float64, requires_grad=True)
d = torch.det(a)
print(d)
d.sum().backward()
print(a.grad)

a.grad = None
inv = torch.inverse(a)
print(inv)
print(inv.grad_fn.name())
(inv * torch.arange(18, dtype=torch.float64).reshape(2, 3, 3)).sum().backward()
print(a.grad)

# Two batch dimensions, and the method forms.
b = torch.tensor([[[[2.0, 1.0], [1.0, 3.0]], [[1.0, 2.0], [3.0, 4.0]]],
                  [[[0.5, 0.0], [0.0, 4.0]], [[1.0, 1.0], [1.0, 1.0]]]], dtype=torch.float64, requires_grad=True)
print(b.det())
print(b[:, 0].inverse())
(b.det() ** 2).sum().backward()
print(b.grad)

# Second derivatives through the batch.
c = torch.tensor([[[4.0, 7.0], [2.0, 6.0]], [[1.0, 2.0], [0.5, 3.0]]], dtype=torch.float64, requires_grad=True)
g, = torch.autograd.grad(c.det().sum(), c, create_graph=True)
print(g.detach())
g.sum().backward()
print(c.grad)

x = torch.tensor([[[1.0, 2.0], [3.0, 4.0]], [[1.0, 2.0], [2.0, 4.0]]])
print(torch.det(x))
print(torch.det(torch.eye(2).expand(2, 2, 2)))
print(torch.inverse(torch.eye(2).expand(3, 2, 2)))
print(torch.det(torch.zeros(0, 2, 2)), torch.inverse(torch.zeros(0, 2, 2)))
print(torch.det(torch.zeros(2, 0, 0)), torch.inverse(torch.zeros(2, 0, 0)))
print(torch.det(torch.tensor([[[3.0]]])))
for f in [lambda: torch.inverse(x), lambda: torch.det(torch.zeros(2, 2, 3)),
          lambda: torch.inverse(torch.ones(2, 3, 3, dtype=torch.long)), lambda: torch.det(torch.ones(3))]:
    try:
        print(f())
    except RuntimeError as e:
        print(e)
for f in [lambda: torch.inverse(torch.ones(3)), lambda: torch.det(torch.tensor(2.0))]:
    try:
        print(f())
    except RuntimeError as e:
        print(e)
