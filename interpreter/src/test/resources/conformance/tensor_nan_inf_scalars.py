# NaN and infinity as Python-number operands and fill values, and float-to-int casts of them
# (PyTorch's CPU cast turns NaN and out-of-range values into the smallest int64).
import torch

nan, inf = float("nan"), float("inf")
print(torch.ones(2) * nan, torch.ones(2) + inf, torch.ones(2, dtype=torch.float64) - inf)
w = torch.ones(3)
w.fill_(nan)
print(w)
v = torch.arange(4.0)
v[v > 1] = nan
v[0] = inf
print(v)
print(torch.full((2,), -inf), torch.where(v > 0, v, torch.tensor(nan)))
print(torch.tensor([nan, inf, -inf, 2.5, -2.5]).long())
print(torch.tensor([1e30, -1e30, 3.9]).long())
