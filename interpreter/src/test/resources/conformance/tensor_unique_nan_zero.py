import torch

# unique(sorted=True) as PyTorch 1.13's CPU kernel computes it: hashed first (0.0 and -0.0 are one
# value, the first element's; every NaN is its own), then std::sort, which leaves NaN anywhere;
# lookups never find NaN, so NaN elements get inverse 0 and NaN values count 0.
nan = float('nan')
for values in ([nan, 1.0, nan, 2.0, 1.0], [3.0, nan, 1.0, nan, 2.0], [-0.0, 0.0, 1.0, -0.0], [0.0, -0.0, -1.0],
               [2.0, nan, 2.0, 5.0, -1.0, nan, 0.5, 2.0, 7.0, -3.0, 4.0, 1.0, 9.0, 8.0, 6.0, -2.0, 3.0, 10.0, 11.0]):
    for dtype in (torch.float32, torch.float64):
        print(torch.tensor(values, dtype=dtype).unique(return_inverse=True, return_counts=True))
torch.manual_seed(0)
x = torch.randint(0, 40, (200,)).float()
x[torch.rand(200) < 0.1] = nan
print(torch.unique(x, return_counts=True))
