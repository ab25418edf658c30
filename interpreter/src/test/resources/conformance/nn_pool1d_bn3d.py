import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
ap = nn.AdaptiveAvgPool1d(3)
print(ap, nn.AdaptiveAvgPool1d((1,)))
x = torch.randn(2, 2, 7, requires_grad=True)
y = ap(x)
print(y)
print(y.grad_fn.name())
(y * torch.arange(12.0).view(2, 2, 3)).sum().backward()
print(x.grad)
print(F.adaptive_avg_pool1d(x, 1))
print(F.adaptive_avg_pool1d(torch.arange(10.0).view(2, 5), 4))

bn = nn.BatchNorm3d(2)
print(bn)
v = torch.randn(2, 2, 2, 2, 3) * 2 + 1
out = bn(v)
print(out[0, 1])
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn(v)[1, 0, 0])
bn(torch.randn(2, 2, 3))
