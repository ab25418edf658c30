# nn.MaxPool3d / AvgPool3d / AdaptiveMaxPool2d and their F functions: values, indices, gradients, reprs, errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
v = torch.randn(2, 2, 4, 5, 6, requires_grad=True)
pool = nn.MaxPool3d(2)
print(pool)
y = pool(v)
print(y.shape, y.grad_fn.name())
print(y[1, 0])
y.sum().backward()
print(v.grad[1, 0, :2])
v.grad = None
pool = nn.MaxPool3d((1, 2, 3), stride=1, padding=(0, 1, 1), dilation=2, ceil_mode=True, return_indices=True)
print(pool)
y, idx = pool(v)
print(y.shape, idx.dtype, idx[0, 1, 0])
(y * torch.arange(y.numel()).reshape(y.shape).cos()).sum().backward()
print(v.grad[0, 1, 0])
values, where = F.max_pool3d(v[0], 2, stride=(1, 2, 2), padding=1, return_indices=True)
print(values.shape, where[1, 2])

print("-- AvgPool3d")
avg = nn.AvgPool3d(2)
print(avg)
y = avg(v)
print(y.shape, y.grad_fn.name())
print(y[0, 1])
v.grad = None
y.pow(2).sum().backward()
print(v.grad[0, 1, 1])
avg = nn.AvgPool3d((1, 2, 2), stride=(1, 1, 2), padding=(0, 1, 1), ceil_mode=True, count_include_pad=False)
print(avg)
print(avg(v)[1, 1, 0])
print(F.avg_pool3d(v, 3, stride=2, padding=1)[0, 0])
print(F.avg_pool3d(v, 2, divisor_override=3)[0, 0, 0])
print(F.avg_pool3d(v[1], (2, 1, 3)).shape)

print("-- AdaptiveMaxPool2d")
x = torch.randn(2, 3, 5, 7, requires_grad=True)
amp = nn.AdaptiveMaxPool2d(3)
print(amp, nn.AdaptiveMaxPool2d((2, None), return_indices=True))
y = amp(x)
print(y.shape, y.grad_fn.name())
print(y[1, 2])
y.sum().backward()
print(x.grad[1, 2])
y, idx = nn.AdaptiveMaxPool2d((2, None), return_indices=True)(x)
print(y.shape, idx[0, 0])
print(F.adaptive_max_pool2d(x[0], (4, 2)))
print(F.adaptive_max_pool2d(x, 1).shape, F.adaptive_max_pool2d(x, (6, 9)).shape)

print("-- errors")
for f in (lambda: F.max_pool3d(v[0, 0], 2),
          lambda: F.max_pool3d(v, 2, padding=2),
          lambda: F.max_pool3d(v, 5),
          lambda: F.avg_pool3d(v[0, 0], 2),
          lambda: F.avg_pool3d(v, 2, padding=2),
          lambda: F.avg_pool3d(v, 5),
          lambda: F.adaptive_max_pool2d(x[0, 0], 2)):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
