import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
bn = nn.BatchNorm2d(3)
print(bn)
print(nn.BatchNorm1d(4, eps=1e-3, momentum=0.2, affine=False))
print(list(bn.state_dict().keys()))
x = torch.randn(4, 3, 2, 2, requires_grad=True)
y = bn(x)
print(y.grad_fn.name())
print(y[0])
(y * torch.arange(48.0).view(4, 3, 2, 2)).sum().backward()
print(x.grad[1])
print(bn.weight.grad, bn.bias.grad)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn(x)
print(bn.num_batches_tracked, bn.running_var)
bn.eval()
z = bn(x)
print(z[2])
x.grad = None
z.sum().backward()
print(x.grad[0])

b1 = nn.BatchNorm1d(2, momentum=None)
u = torch.randn(5, 2)
for _ in range(3):
    b1(u * 2)
print(b1.running_mean, b1.running_var)
print(b1(torch.randn(3, 2, 4)).shape)
print(F.batch_norm(u, torch.zeros(2), torch.ones(2), training=True))
model = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.ReLU())
print(model)
b1(torch.randn(1, 2))
