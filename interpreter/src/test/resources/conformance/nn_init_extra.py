import torch
import torch.nn as nn


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


w = torch.empty(2, 3)
print(nn.init.eye_(w))
print(nn.init.eye_(torch.empty(3, 2, dtype=torch.float64)))
lin = nn.Linear(3, 3)
same = nn.init.eye_(lin.weight)
print(same is lin.weight, lin.weight)
attempt("eye 3-D", lambda: nn.init.eye_(torch.empty(2, 2, 2)))

print(nn.init.dirac_(torch.empty(2, 2, 3)))
print(nn.init.dirac_(torch.empty(4, 2, 3, 3), groups=2))
attempt("dirac 2-D", lambda: nn.init.dirac_(torch.empty(2, 3)))
attempt("dirac groups", lambda: nn.init.dirac_(torch.empty(3, 2, 3), groups=2))

torch.manual_seed(0)
print(nn.init.trunc_normal_(torch.empty(3, 5)))
torch.manual_seed(0)
print(nn.init.trunc_normal_(torch.empty(4, 6), mean=0.5, std=0.2, a=0.2, b=0.8))
torch.manual_seed(0)
t = nn.init.trunc_normal_(torch.empty(1000), std=0.02)
print(t.min() >= -2, t.max() <= 2, t[:6])
torch.manual_seed(0)
print(nn.init.trunc_normal_(torch.empty(2, 3, dtype=torch.float64), std=3.0, a=-1.0, b=4.0))
print(torch.rand(2))

torch.manual_seed(0)
q = nn.init.orthogonal_(torch.empty(3, 5))
print(q)
print(torch.allclose(q @ q.t(), torch.eye(3), atol=1e-6))
torch.manual_seed(0)
q = nn.init.orthogonal_(torch.empty(5, 3), gain=2.0)
print(q)
print(torch.allclose(q.t() @ q, 4 * torch.eye(3), atol=1e-5))
torch.manual_seed(0)
print(nn.init.orthogonal_(torch.empty(4, 4)))
torch.manual_seed(0)
print(nn.init.orthogonal_(torch.empty(2, 2, 3)))
torch.manual_seed(0)
conv = nn.Conv2d(2, 4, 2)
print(nn.init.orthogonal_(conv.weight, gain=nn.init.calculate_gain("relu")))
print(torch.randn(3))
attempt("orthogonal 1-D", lambda: nn.init.orthogonal_(torch.empty(3)))
