import torch
import torch.nn as nn
import torch.nn.functional as F

x = (torch.arange(50.0).view(1, 2, 5, 5) / 7).requires_grad_()
layers = [nn.AvgPool2d(2), nn.AvgPool2d(3, stride=2, padding=1), nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False),
          nn.AvgPool2d((2, 3), stride=1, ceil_mode=True), nn.AdaptiveAvgPool2d(1), nn.AdaptiveAvgPool2d((3, 2)),
          nn.AdaptiveAvgPool2d((None, 2))]
for layer in layers:
    print(layer)
    y = layer(x)
    print(y.grad_fn.name(), y.shape)
    print(y[0, 1])
    x.grad = None
    (y * y).sum().backward()
    print(x.grad[0, 0])
print(F.avg_pool2d(x, 2, divisor_override=3)[0, 0])
print(F.adaptive_avg_pool2d(torch.ones(3, 4, 4), (2, 2)))
