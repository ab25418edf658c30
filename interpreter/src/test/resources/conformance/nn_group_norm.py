import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
gn = nn.GroupNorm(2, 4)
print(gn)
print(gn.weight, gn.bias)
x = torch.randn(2, 4, 3, requires_grad=True)
y = gn(x)
print(y)
print(y.grad_fn.name())
# (a weight gradient can differ from PyTorch's in the last float bit: its summation order is not reproduced)
(y * torch.arange(24.0).view(2, 4, 3).cos()).sum().backward()
print(x.grad)
print(gn.weight.grad, gn.bias.grad)

# images, trained-looking affine parameters
gn2 = nn.GroupNorm(3, 6, eps=1e-3)
nn.init.uniform_(gn2.weight, -2, 2)
nn.init.normal_(gn2.bias)
img = torch.randn(2, 6, 2, 2) * 3 + 1
print(gn2(img))
# one group = layer norm over (C, H, W); C groups = instance norm
print(nn.GroupNorm(1, 6, affine=False)(img)[0, 0])
print(F.group_norm(img, 6)[1])
print(F.group_norm(torch.randn(3, 4), 2, torch.ones(4) * 2, torch.zeros(4)))
print(nn.GroupNorm(2, 4, affine=False), list(nn.GroupNorm(2, 4, affine=False).parameters()))
F.group_norm(torch.randn(2, 3, 4), 2)
