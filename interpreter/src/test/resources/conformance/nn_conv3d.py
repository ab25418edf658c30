# nn.Conv3d and F.conv3d: seeded weights, outputs, gradients, unbatched input, errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
conv = nn.Conv3d(2, 3, 2)
print(conv)
print(conv.weight.shape, conv.weight[1, 0])
print(conv.bias)
print(list(conv.state_dict().keys()))
x = torch.randn(2, 2, 3, 4, 3, requires_grad=True)
y = conv(x)
print(y.shape, y.grad_fn.name())
print(y[1, 2])
y.pow(2).sum().backward()
print(x.grad[0, 1, 2])
print(conv.weight.grad[0, 1])
print(conv.bias.grad)

print("-- stride, padding, dilation, groups, no bias")
torch.manual_seed(1)
conv = nn.Conv3d(4, 2, (1, 2, 3), stride=(1, 2, 1), padding=(1, 1, 0), dilation=(2, 1, 1), groups=2, bias=False)
print(conv)
print(conv.weight.shape, conv.bias)
x = torch.randn(1, 4, 3, 5, 4, requires_grad=True)
y = conv(x)
print(y.shape)
print(y[0, 1, 1])
(y * torch.arange(y.numel()).reshape(y.shape).cos()).sum().backward()
print(x.grad[0, 3, 1])
print(conv.weight.grad)

print("-- unbatched, F.conv3d, Sequential")
x = torch.randn(4, 2, 3, 3)
print(conv(x).shape, conv(x).grad_fn.name())
w = torch.randn(2, 1, 2, 2, 2, requires_grad=True)
b = torch.randn(2)
v = torch.randn(1, 1, 3, 3, 3)
print(F.conv3d(v, w, b, stride=2, padding=1))
print(F.conv3d(v, w, padding=(0, 1, 0), dilation=(1, 1, 2)).shape)
torch.manual_seed(2)
net = nn.Sequential(nn.Conv3d(1, 2, 3, padding=1), nn.ReLU(), nn.Conv3d(2, 1, 1))
print(net)
out = net(torch.randn(1, 1, 2, 3, 3))
print(out.shape, out[0, 0, 1])

print("-- strided kernels whose last taps fall past the input (only padding there)")
torch.manual_seed(4)
print(F.conv2d(torch.randn(1, 1, 2, 2), torch.randn(1, 1, 5, 5), padding=2, stride=2))
print(F.conv2d(torch.randn(1, 1, 3, 2), torch.randn(1, 1, 5, 5), padding=2, stride=(1, 2)))
x = torch.randn(1, 1, 2, 3, 2, requires_grad=True)
w = torch.randn(1, 1, 5, 3, 5, requires_grad=True)
y = F.conv3d(x, w, padding=(2, 1, 2), stride=2)
print(y)
y.sum().backward()
print(x.grad, w.grad[0, 0, 0])

print("-- errors")
for f in (lambda: nn.Conv3d(2, 4, 3)(torch.randn(1, 2, 3, 4)),
          lambda: nn.Conv3d(2, 4, 3)(torch.randn(1, 2, 2, 4, 4)),
          lambda: F.conv3d(torch.randn(1, 4, 5, 5, 5), torch.randn(4, 2, 3, 3, 3), groups=3),
          lambda: F.conv3d(torch.randn(1, 4, 5, 5), torch.randn(4, 2, 3, 3, 3)),
          lambda: nn.Conv3d(3, 4, 3, groups=2)):
    try:
        f()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
