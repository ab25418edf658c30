# Issue #3's remaining functions: trace, det, inverse, roll, broadcast_to, unfold, meshgrid, narrow,
# select, neg, view_as/reshape_as, in-place arithmetic methods, torch.* forms of methods; with gradients.
import torch

a = torch.tensor([[4.0, 7.0], [2.0, 6.0]])
print(torch.trace(a), a.trace(), torch.trace(torch.arange(6).reshape(2, 3)))
print(round(torch.det(a).item(), 4), round(a.det().item(), 4), torch.det(a.double()).dtype)
print(torch.inverse(torch.tensor([[2.0, 1.0], [1.0, 1.0]])))
print(torch.tensor([[4.0, 0.0], [0.0, 0.5]]).inverse())
print(torch.det(torch.tensor([[1.0, 2.0], [2.0, 4.0]])))
x = torch.arange(6)
print(x.roll(2), torch.roll(x, -1), torch.roll(x.reshape(2, 3), 1, 1))
print(torch.arange(6.0).reshape(2, 3).roll((1, -1), (0, 1)))
print(torch.tensor([1, 2, 3]).broadcast_to(2, 3), torch.broadcast_to(torch.tensor([[1.0], [2.0]]), (2, 2)))
u = torch.arange(7.0).unfold(0, 3, 2)
print(u, u.shape, u.stride(), u.is_contiguous())
print(torch.arange(12).reshape(3, 4).unfold(1, 2, 2))
gx, gy = torch.meshgrid(torch.tensor([1, 2]), torch.tensor([3, 4, 5]), indexing="ij")
print(gx, gy)
gx, gy = torch.meshgrid(torch.tensor([1, 2]), torch.tensor([3, 4, 5]), indexing="xy")
print(gx, gy)
m = torch.arange(12).reshape(3, 4)
print(m.narrow(1, 1, 2), torch.narrow(m, 0, -2, 2), m.select(1, -1), torch.select(m, 0, 1))
print(m.neg(), torch.negative(torch.tensor([1.5, -2.0])), m.view_as(torch.ones(4, 3)).shape, m.reshape_as(torch.ones(2, 6)).shape)
t = torch.ones(3)
t.add_(2)
t.mul_(torch.tensor([1.0, 2.0, 3.0]))
t.sub_(1)
t.div_(2)
t.pow_(2)
print(t, t.neg_(), t)
print(torch.sum(m), torch.sum(m, 1), torch.mean(m.float()), torch.add(t, 1), torch.mul(t, t), torch.sub(t, 1), torch.div(t, 2))
print(torch.true_divide(torch.tensor([1, 2]), 2), torch.pow(torch.tensor([1.0, 2.0]), 2), torch.reshape(m, (2, 6)).shape)
print(torch.t(torch.ones(2, 3)).shape, torch.transpose(torch.ones(2, 3, 4), 0, 2).shape, torch.clone(t), torch.numel(m))
print(torch.is_tensor(m), torch.is_tensor([1]))

w = torch.tensor([[4.0, 7.0], [2.0, 6.0]], dtype=torch.float64, requires_grad=True)
for f in (torch.trace, torch.det, torch.inverse, lambda v: v.roll(1, 0), lambda v: v.unfold(1, 1, 1),
          lambda v: v.narrow(0, 1, 1), lambda v: v.broadcast_to(3, 2, 2), lambda v: v.neg()):
    out = f(w)
    out.backward(torch.ones_like(out))
    print(out.grad_fn.name(), w.grad)
    w.grad = None
g = torch.arange(5.0, requires_grad=True)
out = g.unfold(0, 3, 1)
out.backward(torch.arange(9.0).reshape(3, 3))
print(out.grad_fn.name(), g.grad)
for bad in (lambda: torch.ones(2, 3).det(), lambda: torch.ones(3).trace(), lambda: torch.ones(2, 3).unfold(1, 4, 1),
            lambda: torch.ones(2, 3).broadcast_to(3, 3), lambda: torch.ones(2, 3).narrow(1, 2, 2),
            lambda: torch.inverse(torch.ones(2, 2, dtype=torch.long))):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError", e)
