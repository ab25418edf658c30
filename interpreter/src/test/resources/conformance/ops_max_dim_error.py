import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(x.max(dim=1))
print(x.max(2))
