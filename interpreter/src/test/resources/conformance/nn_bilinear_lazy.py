# nn.Bilinear / F.bilinear, and the lazy layers (LazyLinear, LazyConv2d, LazyConvTranspose2d, LazyBatchNorm2d):
# seeded weights, reprs before and after the first forward, outputs, grad_fns, gradients, errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
bl = nn.Bilinear(3, 2, 4)
print(bl)
print(bl.weight.shape, bl.weight[1])
print(bl.bias)
print([name for name, _ in bl.named_parameters()])
x1 = torch.randn(5, 3, requires_grad=True)
x2 = torch.randn(5, 2, requires_grad=True)
y = bl(x1, x2)
print(y, y.grad_fn.name())
(y * torch.arange(20.).reshape(5, 4)).sum().backward()
print(x1.grad)
print(x2.grad)
print(bl.weight.grad[2])
print(bl.bias.grad)

print("-- no bias, batch dims, 1-D, F.bilinear")
torch.manual_seed(1)
bl = nn.Bilinear(2, 3, 2, bias=False)
print(bl, bl.bias)
a = torch.randn(2, 3, 2)
b = torch.randn(2, 3, 3)
y = bl(a, b)
print(y.shape, y.grad_fn.name())
print(y[1])
print(bl(a[0, 0], b[0, 0]), bl(a[0, 0], b[0, 0]).grad_fn.name())
w = torch.randn(3, 2, 2, requires_grad=True)
c = torch.randn(3, requires_grad=True)
out = F.bilinear(torch.ones(4, 2), torch.arange(8.).reshape(4, 2), w, c)
print(out, out.grad_fn.name())
(out * torch.tensor([0.5, -1.0, 2.0])).sum().backward()
print(w.grad, c.grad)

print("-- bilinear errors")
bl = nn.Bilinear(3, 2, 4)
w = torch.randn(4, 3, 2)
for f in (lambda: bl(torch.randn(5, 2), torch.randn(5, 2)),
          lambda: bl(torch.randn(5, 3), torch.randn(5, 3)),
          lambda: F.bilinear(torch.randn(2, 3), torch.randn(3, 2), w),
          lambda: F.bilinear(torch.randn(2, 5, 3), torch.randn(10, 2), w),
          lambda: F.bilinear(torch.randn(5, 3), torch.randn(5, 2), w, torch.randn(3))):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)

print("-- LazyLinear")
torch.manual_seed(0)
lazy = nn.LazyLinear(3)
print(lazy)
print(lazy.weight)
print(lazy.in_features, list(lazy.state_dict().keys()))
print(torch.rand(1))  # the generator is untouched until the first forward
torch.manual_seed(0)
lin = nn.Linear(4, 3)
torch.manual_seed(0)
lazy = nn.LazyLinear(3)
x = torch.randn(2, 4)
torch.manual_seed(0)
y = lazy(x)
print(lazy, type(lazy).__name__, lazy.in_features)
print(torch.equal(lazy.weight, lin.weight), torch.equal(lazy.bias, lin.bias))
print(lazy.weight)
print(y, y.grad_fn.name())
y.sum().backward()
print(lazy.weight.grad)
print(isinstance(lazy, nn.Linear), list(lazy.state_dict().keys()))
print(lazy(torch.ones(4)))
nobias = nn.LazyLinear(2, bias=False)
print(nobias, nobias.bias)
nobias(torch.ones(3, 5))
print(nobias, nobias.weight.shape)

print("-- LazyConv2d and LazyConvTranspose2d")
torch.manual_seed(2)
net = nn.Sequential(nn.LazyConv2d(4, 3, padding=1), nn.ReLU(), nn.LazyConv2d(2, (1, 2), stride=2, bias=False), nn.Flatten(),
                    nn.LazyLinear(3))
print(net)
print([k for k in net.state_dict()])
out = net(torch.randn(2, 3, 6, 6))
print(net)
print(out, out.grad_fn.name())
print(net[0].weight.shape, net[0].weight[1, 2], net[0].bias)
print(net[2].weight.shape, net[2].weight.sum().item())
out.sum().backward()
print(net[0].weight.grad[0, 0], net[4].bias.grad)
up = nn.LazyConvTranspose2d(2, 3, stride=2, groups=1)
print(up)
torch.manual_seed(3)
print(up(torch.randn(5, 4, 4), output_size=[10, 10]).shape, up)
print(up.weight.shape, up.bias)

print("-- LazyBatchNorm2d")
bn = nn.LazyBatchNorm2d()
print(bn)
print(bn.weight, bn.running_mean, bn.num_batches_tracked)
print(list(bn.state_dict().keys()))
torch.manual_seed(4)
x = torch.randn(2, 3, 2, 2)
y = bn(x)
print(bn)
print(y[0, 1], y.grad_fn.name())
print(bn.weight, bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn2 = nn.LazyBatchNorm2d(affine=False, momentum=0.5)
print(bn2, bn2.weight)
bn2(x)
print(bn2, bn2.running_var)

print("-- lazy errors")
try:
    nn.LazyConv2d(4, 3)(torch.randn(3, 4))
except RuntimeError as e:
    print("RuntimeError:", e)

print("-- a dry run, then training")
torch.manual_seed(5)
model = nn.Sequential(nn.LazyLinear(4), nn.ReLU(), nn.LazyLinear(1))
x = torch.randn(8, 3)
target = x.sum(dim=1, keepdim=True)
model(x)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(3):
    opt.zero_grad()
    loss = F.mse_loss(model(x), target)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print(model)

print("-- placeholders")
m = nn.LazyLinear(2)
print(type(m.weight).__name__, isinstance(m.weight, nn.UninitializedParameter), isinstance(m.weight, nn.Parameter))
print(type(nn.LazyBatchNorm2d().running_mean).__name__, nn.parameter.UninitializedParameter())
try:
    m.weight.shape
except RuntimeError as e:
    print("RuntimeError:", e)
m(torch.ones(3))
print(type(m.weight).__name__, isinstance(m.weight, nn.UninitializedParameter), m.weight.shape)
