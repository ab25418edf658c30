import torch

x = torch.ones(2, 3)
print(torch.cat([x, x], 1).shape)
y = torch.cat([x, torch.ones(3, 3)], 1)
