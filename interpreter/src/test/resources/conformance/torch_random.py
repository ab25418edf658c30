import torch

torch.manual_seed(0)
print(torch.rand(2, 3))
torch.manual_seed(0)
print(torch.randn(2, 3))
print(torch.randn(4, 5))
print(torch.rand(3, dtype=torch.float64), torch.randn(2, 2, dtype=torch.double))
torch.manual_seed(42)
x = torch.randn(100)
print(x)
print(torch.randn(3, 7) * 10)
