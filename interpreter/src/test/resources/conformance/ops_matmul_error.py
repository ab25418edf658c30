import torch

x = torch.ones(2, 3, 4)
print(x.bmm(x.transpose(1, 2)).shape)
y = x @ torch.ones(3, 4, 4)
