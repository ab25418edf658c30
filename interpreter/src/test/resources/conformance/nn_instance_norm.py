import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
inorm = nn.InstanceNorm2d(3)
print(inorm, inorm.weight, inorm.running_mean)
x = torch.randn(2, 3, 2, 3, requires_grad=True)
y = inorm(x)
print(y)
print(y.grad_fn.name())
(y * torch.arange(36.0).view(2, 3, 2, 3).cos()).sum().backward()
print(x.grad[0])

affine = nn.InstanceNorm1d(4, affine=True, track_running_stats=True)
print(affine, [n for n, _ in affine.named_parameters()], [n for n, _ in affine.named_buffers()])
nn.init.uniform_(affine.weight, 0.5, 1.5)
s = torch.randn(3, 4, 5) * 2 + 1
print(affine(s)[0])
print(affine.running_mean, affine.running_var)
affine.eval()
print(affine(s)[1])
print(nn.InstanceNorm1d(4)(torch.randn(4, 5)))
print(F.instance_norm(torch.arange(8.0).view(1, 2, 4)))
nn.InstanceNorm2d(3)(torch.randn(3, 4))
