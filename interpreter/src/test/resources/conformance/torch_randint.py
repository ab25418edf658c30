import torch

torch.manual_seed(0)
print(torch.randint(0, 10, (8,)), torch.randint(5, (2, 3)), torch.randint(-3, 3, (4,)))
torch.manual_seed(3)
print(torch.randperm(10), torch.randperm(1), torch.randperm(0))
torch.manual_seed(1)
print(torch.rand(2), torch.randint(0, 100, (3,)), torch.randn(2), torch.randperm(5))
