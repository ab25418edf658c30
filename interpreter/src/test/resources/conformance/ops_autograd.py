import torch

x = torch.tensor([[1.5, -2.0, 3.25], [0.1, 3.25, -0.3]], requires_grad=True)
y = torch.tensor([[0.5, -2.0, 4.0], [0.1, 1.0, -1.0]], requires_grad=True)

r = x.max(1)
print(r.values.grad_fn.name(), r.indices.requires_grad)
r.values.sum().backward()
print(x.grad)
x.grad = None

m = x.max()
print(m)
m.backward()
print(x.grad)
x.grad = None

z = torch.cat([x, y, x], 1)
print(z.grad_fn.name())
(z * torch.arange(18.0).reshape(2, 9)).sum().backward()
print(x.grad, y.grad)
x.grad = None
y.grad = None

s = torch.stack([x, y])
print(s.grad_fn.name())
(s * torch.tensor([1.0, 10.0]).reshape(2, 1, 1)).sum().backward()
print(x.grad, y.grad)
x.grad = None
y.grad = None

u = x.unsqueeze(0)
print(u.grad_fn.name(), x.permute(1, 0).grad_fn.name(), x[0].expand(2, 3).grad_fn.name(), x.squeeze().grad_fn.name())
(u * 3).sum().backward()
print(x.grad)
x.grad = None

w = torch.ones(2, 3, 4, requires_grad=True)
out = w @ torch.arange(8.0).reshape(4, 2)
print(out.grad_fn.name())
out.sum().backward()
print(w.grad[0])
b = torch.ones(2, 4, 2, requires_grad=True)
q = w.bmm(b)
print(q.grad_fn.name())
q.sum().backward()
print(b.grad)

c = x.clamp(-1, 2)
print(c.grad_fn.name())
c.sum().backward()
print(x.grad)
x.grad = None

s2 = x.sort(1)
t2 = x.topk(2)
(s2.values[:, 0].sum() + t2.values.sum() + x.std() + x.norm() + x.logsumexp(1).sum()).backward()
print(x.grad)
x.grad = None

(x.cumsum(1).sum() + x.prod() + x.flip(0).tril().sum() + torch.maximum(x, y).sum()).backward()
print(x.grad, y.grad)
print((x // 2).grad_fn.name(), (x // 2).requires_grad)
print((x % 2).grad_fn.name(), x.lerp(y, 0.5).grad_fn.name(), x.reciprocal().grad_fn.name(), x.square().grad_fn.name())
