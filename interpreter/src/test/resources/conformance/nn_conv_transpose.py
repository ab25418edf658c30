# nn.ConvTranspose1d/2d/3d and F.conv_transpose2d: seeded weights, outputs, gradients, output_size, errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
up = nn.ConvTranspose2d(3, 2, 3)
print(up)
print(up.weight.shape, up.bias.shape)
print(up.weight[0, 0])
print(up.bias)
print([k for k in up.state_dict()])
x = torch.randn(2, 3, 4, 5, requires_grad=True)
y = up(x)
print(y.shape, y.grad_fn.name())
print(y[1, 0])
y.pow(2).sum().backward()
print(x.grad[0, 1])
print(up.weight.grad[2, 1])
print(up.bias.grad)

print("-- stride, padding, output_padding, groups, dilation")
torch.manual_seed(1)
conv = nn.ConvTranspose2d(4, 6, (3, 2), stride=(2, 1), padding=(1, 0), output_padding=(1, 0), groups=2, dilation=(1, 2))
print(conv)
print(conv.weight.shape, conv.weight.sum().item())
print(conv.bias)
x = torch.randn(1, 4, 3, 3, requires_grad=True)
y = conv(x)
print(y.shape)
print(y[0, 4])
(y * torch.arange(y.numel()).reshape(y.shape).sin()).sum().backward()
print(x.grad)
print(conv.weight.grad[3])
print(conv.bias.grad)

print("-- no bias, unbatched, output_size")
torch.manual_seed(2)
up = nn.ConvTranspose2d(2, 1, 3, stride=2, bias=False)
print(up)
print(up.bias)
x = torch.randn(2, 3, 3)
print(up(x).shape, up(x).grad_fn.name())
print(up(x.unsqueeze(0), output_size=[8, 7]).shape)
print(up(x.unsqueeze(0), output_size=(1, 1, 7, 8))[0, 0, :, -1])
print(up(x, output_size=torch.Size([8, 8])).shape)
for bad in ([9, 7], [1, 2, 3]):
    try:
        up(x.unsqueeze(0), output_size=bad)
    except ValueError as e:
        print("ValueError:", e)

print("-- F.conv_transpose2d")
w = torch.randn(3, 2, 2, 2, requires_grad=True)
b = torch.randn(2, requires_grad=True)
x = torch.randn(1, 3, 3, 3, requires_grad=True)
y = F.conv_transpose2d(x, w, b, stride=2, padding=1)
print(y)
y.sum().backward()
print(w.grad.sum(dim=(2, 3)), b.grad, x.grad.sum())
print(F.conv_transpose2d(x, w, None, 1, 0, 0, 1, 2).shape)

print("-- 1-D and 3-D")
torch.manual_seed(3)
c1 = nn.ConvTranspose1d(2, 3, 4, stride=3, padding=1)
print(c1)
x = torch.randn(2, 2, 5, requires_grad=True)
y = c1(x)
print(y.shape, y[1])
y.sum().backward()
print(x.grad[0], c1.weight.grad[1])
c3 = nn.ConvTranspose3d(2, 2, (2, 1, 3), stride=(1, 2, 1), output_padding=(0, 1, 0))
print(c3)
x = torch.randn(1, 2, 2, 3, 2, requires_grad=True)
y = c3(x)
print(y.shape, round(y.sum().item(), 3), y[0, 1, 2])
y.pow(2).mean().backward()
print(x.grad[0, 0], c3.bias.grad)

print("-- errors")
w = torch.randn(4, 2, 3, 3)
for f in (lambda: F.conv_transpose2d(torch.randn(1, 3, 5, 5), w),
          lambda: F.conv_transpose2d(torch.randn(2, 4, 5, 5, 5), w),
          lambda: F.conv_transpose2d(torch.randn(1, 4, 5, 5), w, output_padding=1),
          lambda: F.conv_transpose2d(torch.randn(1, 4, 5, 5), w, stride=2, output_padding=2),
          lambda: F.conv_transpose2d(torch.randn(1, 4, 5, 5), w, groups=3),
          lambda: F.conv_transpose2d(torch.randn(1, 4, 1, 1), w, padding=3),
          lambda: F.conv_transpose2d(torch.randn(1, 4, 5, 5), w, torch.randn(3)),
          lambda: F.conv_transpose1d(torch.randn(1, 2, 5), torch.randn(2, 3, 3), stride=2, output_padding=2),
          lambda: F.conv_transpose1d(torch.randn(1, 2, 1), torch.randn(2, 3, 3), padding=3),
          lambda: F.conv_transpose1d(torch.randn(1, 2, 5), torch.randn(2, 3, 3), groups=3),
          lambda: F.conv_transpose3d(torch.randn(1, 2, 5, 5, 5), torch.randn(2, 3, 3, 3, 3), output_padding=1),
          lambda: nn.ConvTranspose2d(4, 3, 3, groups=2),
          lambda: nn.ConvTranspose2d(4, 2, 3, padding_mode="reflect")):
    try:
        f()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
