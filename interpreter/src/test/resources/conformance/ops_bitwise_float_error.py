import torch

x = torch.tensor([0.5, 1.5])
print(x.bitwise_and(x > 1))
