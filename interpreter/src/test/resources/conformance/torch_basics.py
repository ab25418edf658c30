import torch
from torch import ones as make_ones

x = torch.ones(2, 2)
print(x + 1)
print(x * 3 - 1, 2 - x, 1 / (x + 1))
print(torch.zeros(3), torch.zeros((2, 1)))
t = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(t, t.dtype, t.shape, t.size(), t.size(1), t.dim(), t.numel())
print(t / 2, t + 0.5, t * t)
f = torch.tensor([0.5, -1.25, 3.0], dtype=torch.float64)
print(f, f.dtype, -f)
print(torch.tensor([True, False]), torch.tensor(2.5), torch.tensor(2.5).item(), torch.tensor(7).item())
print(make_ones(3).add(torch.tensor([1.0, 2.0, 3.0])), torch.get_default_dtype(), torch.float, torch.long)
print(torch.tensor([1e-5, 1.0]), torch.tensor([1.0, 1e9]))
