import torch

x = torch.ones(2, 3, requires_grad=True)
y = x // 2
print(y.requires_grad)
y.sum().backward()
