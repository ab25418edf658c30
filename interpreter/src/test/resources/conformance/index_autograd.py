import torch

x = torch.arange(12.0).reshape(3, 4).requires_grad_()
y = x[1:, [0, 2]]
print(y.grad_fn.name(), y.grad_fn.next_functions[0][0].name())
(y * torch.tensor([1.0, 2.0])).sum().backward()
print(x.grad)
x.grad = None
m = torch.tensor([True, False, True])
z = x[m]
print(z.grad_fn.name())
z.sum().backward()
print(x.grad)
w = torch.ones(3, requires_grad=True)
for name_and_value in [x.index_select(0, torch.tensor([2, 2])), x.masked_select(torch.tensor([True, False, False, True])),
                       x.masked_fill(torch.tensor([True, False, False, True]), 0.0), x.gather(1, torch.tensor([[0], [1], [1]])),
                       x.take(torch.tensor([0, 0, 11])), torch.where(m.reshape(3, 1), x, 0.0), x[None, 0], x[..., 1]]:
    print(name_and_value.grad_fn.name())
    x.grad = None
    name_and_value.sum().backward()
    print(x.grad)
s = torch.zeros(2, 3).scatter(1, torch.tensor([[0], [2]]), w[:2].reshape(2, 1))
print(s.grad_fn.name())
s.sum().backward()
print(w.grad)
b = x * 1
b[0] = 5
print(b.grad_fn.name(), b.grad_fn.next_functions[0][0].name())
c = x * 1
c[[0, 2]] = w[0]
print(c.grad_fn.name())
x.grad = None
w.grad = None
(c * c).sum().backward()
print(x.grad)
print(w.grad)
d = torch.zeros(4)
d[1:3] = w[1:]
print(d.grad_fn.name(), d.is_leaf)
d.sum().backward()
print(w.grad)
e = x.clone()
e[0, [1]] = 7.0
print(e.grad_fn.name())
v = x.masked_fill(torch.tensor([False, True, True, False]), w[2])
print(v.grad_fn.name())
x.grad = None
w.grad = None
v.sum().backward()
print(w.grad)
