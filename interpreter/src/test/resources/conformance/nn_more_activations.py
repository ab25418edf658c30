import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor([[-3.0, -1.0, -0.25, 0.0], [0.5, 1.0, 7.0, 30.0]], requires_grad=True)
weights = torch.arange(1.0, 9.0).view(2, 4)
layers = [nn.Hardtanh(), nn.Hardtanh(-2.0, 2.5), nn.ReLU6(), nn.SELU(), nn.Softplus(), nn.Softplus(beta=2, threshold=5)]
for layer in layers:
    print(layer)
    y = layer(x)
    print(y)
    x.grad = None
    (y * weights).sum().backward()
    print(x.grad)
print(F.relu6(x), F.softplus(x, 0.5), F.selu(x), F.hardtanh(x, -0.5, 0.5))

target = torch.tensor([[0.0, -0.5, 1.0, 0.2], [2.0, 0.7, 6.0, 29.5]])
for loss in [nn.SmoothL1Loss(), nn.SmoothL1Loss(beta=0.5, reduction="sum"), nn.HuberLoss(), nn.HuberLoss(delta=2.0, reduction="none")]:
    print(loss)
    out = loss(x, target)
    print(out)
    x.grad = None
    out.sum().backward()
    print(x.grad)
print(F.smooth_l1_loss(x, target, beta=0.0))
