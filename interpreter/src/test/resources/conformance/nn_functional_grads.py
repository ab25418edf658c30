import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
for name, fn in [("relu", F.relu), ("sigmoid", torch.sigmoid), ("tanh", torch.tanh), ("leaky_relu", F.leaky_relu),
                 ("elu", F.elu), ("gelu", F.gelu), ("silu", F.silu)]:
    y = fn(x)
    print(name, y.grad_fn.name())
    print(y)
    x.grad = None
    (y * torch.arange(12.0).view(3, 4)).sum().backward()
    print(x.grad)

for fn in [F.softmax, F.log_softmax]:
    for dim in [0, 1, -1]:
        y = fn(x, dim=dim)
        print(y)
        x.grad = None
        (y * torch.arange(12.0).view(3, 4)).sum().backward()
        print(x.grad)

print(F.leaky_relu(x, 0.2))
print(F.elu(x, alpha=0.5))
print(nn.Softmax(dim=1)(x).sum(dim=1))

lin = nn.Linear(4, 2)
out = lin(x)
print(out)
out.sum().backward()
print(lin.weight.grad)
print(lin.bias.grad)
v = lin(torch.ones(4))
print(v)
print(F.linear(x, lin.weight))
