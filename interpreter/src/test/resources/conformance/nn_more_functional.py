# addcmul/addcdiv, mish/hardswish/hardsigmoid/silu, cosine_similarity and pairwise_distance
# (issues #3/#7): values, gradients, grad_fn names, module reprs and PyTorch's errors.
import torch
import torch.nn as nn
import torch.nn.functional as F


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


torch.manual_seed(0)
inp = torch.randn(2, 3, requires_grad=True)
t1 = torch.randn(2, 3, requires_grad=True)
t2 = torch.randn(1, 3, requires_grad=True)

# addcmul / addcdiv with broadcasting, and their gradients
for name in ["addcmul", "addcdiv"]:
    for tensor in [inp, t1, t2]:
        tensor.grad = None
    out = getattr(torch, name)(inp, t1, t2, value=0.5)
    print(name, out)
    out.sum().backward()
    print(name, "grads", inp.grad, t1.grad, t2.grad)
print(inp.addcmul(t1, t2), inp.addcdiv(t1, t2, value=-2))
print(torch.addcmul(inp, t1, t2, value=True).grad_fn.name())
print(torch.addcmul(torch.ones(2), torch.tensor([1, 2]), torch.tensor([3, 4]), value=0.5))
print(torch.addcmul(torch.tensor([1, 2]), torch.tensor([1, 2]), torch.tensor([3, 4]), value=2))
print(torch.addcmul(torch.tensor([1, 2]), torch.tensor([1, 2]), torch.tensor([3, 4]), value=0.5))
print(torch.addcdiv(torch.tensor([1, 2]), torch.tensor([1.0, 2.0]), torch.tensor([4, 4])))
print(torch.addcmul(torch.ones(2), torch.ones(2, dtype=torch.float64), torch.ones(2)).dtype)
print(torch.addcdiv(torch.zeros(3), torch.tensor([1.0, -1.0, 0.0]), torch.zeros(3)))

# the in-place forms keep the op's node
a = torch.ones(2, 3)
b = a.clone().requires_grad_()
c = b * 1
c.addcmul_(t1, t2, value=2)
print(c, c.grad_fn.name())
c.addcdiv_(t1, t2)
print(c, c.grad_fn.name())
c.sum().backward()
print(b.grad, t2.grad)
print(a.addcmul_(2, torch.ones(3), torch.ones(3)))
print(a.addcdiv_(torch.ones(3), torch.tensor([2.0, 4.0, 8.0])))

ints = torch.tensor([1, 2])
attempt("addcdiv ints", lambda: torch.addcdiv(torch.ones(2), ints, ints))
attempt("addcdiv_ ints", lambda: ints.addcdiv_(ints, ints))
attempt("addcmul_ cast", lambda: ints.addcmul_(torch.ones(2), torch.ones(2)))
attempt("addcmul shapes", lambda: torch.addcmul(torch.ones(2), torch.ones(3), torch.ones(2)))
attempt("addcmul_ shapes", lambda: torch.ones(2).addcmul_(torch.ones(2, 2), torch.ones(2)))
attempt("addcmul bool", lambda: torch.addcmul(torch.ones(2, dtype=torch.bool), torch.ones(2, dtype=torch.bool),
                                              torch.ones(2, dtype=torch.bool)))
attempt("addcmul value", lambda: inp.addcmul(t1, t2, value="x"))
attempt("addcmul positional", lambda: inp.addcmul(t1, t2, 3))
attempt("addcmul tensor2", lambda: inp.addcmul(t1, 2))

# activations: values at the kinks, gradients, grad_fns, inplace
x = torch.tensor([-4.0, -3.0, -2.5, -0.5, 0.0, 0.5, 2.5, 3.0, 4.0, 25.0], requires_grad=True)
activations = [("mish", F.mish), ("hardswish", F.hardswish), ("hardsigmoid", F.hardsigmoid), ("silu", F.silu)]
for name, f in activations:
    x.grad = None
    y = f(x)
    y.sum().backward()
    print(name, y, x.grad)
for name, f in activations:
    y = x * 1
    z = f(y, inplace=True)
    print(name, "inplace", z is y, y)
    attempt(name + " ints", lambda: f(torch.tensor([1, 2])))
print(F.mish(torch.tensor([-1.0, 1.0], dtype=torch.float64)))
modules = [nn.Mish(), nn.Mish(inplace=True), nn.Hardswish(), nn.Hardswish(True), nn.Hardsigmoid(), nn.Hardsigmoid(inplace=True),
           nn.SiLU(), nn.SiLU(inplace=True)]
for m in modules:
    print(m, m.inplace, m(x.detach().clone()))
print(nn.Sequential(nn.Linear(3, 2), nn.Hardswish(), nn.Mish()))

# cosine_similarity: broadcasting, zero vectors, small norms clamped one at a time, gradients
u = torch.randn(4, 3, requires_grad=True)
v = torch.randn(1, 3, requires_grad=True)
s = F.cosine_similarity(u, v)
print(s, s.grad_fn.name())
s.sum().backward()
print(u.grad, v.grad)
print(F.cosine_similarity(u, v, dim=0))
print(F.cosine_similarity(torch.randn(2, 3, 4), torch.randn(3, 4), dim=-1))
print(F.cosine_similarity(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([[1.0, 2.0, 3.0], [-3.0, 0.0, 1.0]])))
zero = torch.zeros(2, 3, requires_grad=True)
ones = torch.ones(2, 3, requires_grad=True)
z = F.cosine_similarity(zero, ones)
z.sum().backward()
print(z, zero.grad, ones.grad)
print(F.cosine_similarity(torch.zeros(3), torch.zeros(3), dim=0))
print(F.cosine_similarity(torch.tensor([[1e-9, 0.0]]), torch.tensor([[3.0, 0.0]])))
print(F.cosine_similarity(torch.tensor([[0.01, 0.0]]), torch.tensor([[30.0, 0.0]]), eps=0.1))
print(F.cosine_similarity(torch.tensor([[1, 2]]), torch.tensor([[2.0, 1.0]])))
print(F.cosine_similarity(torch.ones(2, 3), torch.ones(2, 3, dtype=torch.float64)).dtype)
attempt("cosine ints", lambda: F.cosine_similarity(ints, ints, dim=0))
attempt("cosine shapes", lambda: F.cosine_similarity(torch.ones(2, 3), torch.ones(3, 2)))
attempt("cosine dim", lambda: F.cosine_similarity(torch.ones(3), torch.ones(3)))
cos = nn.CosineSimilarity(dim=0, eps=1e-3)
print(nn.CosineSimilarity(), cos, cos.dim, cos.eps, cos(u, v))

# pairwise_distance: eps added to the difference, p-norms, keepdim, broadcasting
d = F.pairwise_distance(u, v)
print(d, d.grad_fn.name())
u.grad = None
v.grad = None
d.sum().backward()
print(u.grad, v.grad)
for p in [1, 3, 0.5, float("inf"), 0, -1]:
    print("p", p, F.pairwise_distance(u, v, p=p))
print(F.pairwise_distance(u, v, keepdim=True), F.pairwise_distance(u, v, eps=0.1))
print(F.pairwise_distance(torch.ones(3), torch.ones(3)), F.pairwise_distance(torch.ones(3), torch.ones(2, 3)))
print(F.pairwise_distance(torch.ones(()), torch.ones(())), F.pairwise_distance(ints, ints))
same = torch.ones(2, 3, requires_grad=True)
F.pairwise_distance(same, torch.ones(2, 3)).sum().backward()
print(same.grad)
attempt("pairwise shapes", lambda: F.pairwise_distance(torch.ones(2, 3), torch.ones(3, 2)))
dist = nn.PairwiseDistance(p=1, keepdim=True)
print(nn.PairwiseDistance(), dist, dist.norm, dist.eps, dist.keepdim, dist(u, v))
