import torch
import torch.nn as nn
import torch.nn.functional as F

# Conv1d: PyTorch's seeded init (kaiming_uniform_(a=sqrt(5)) then the bias), repr, values and gradients
torch.manual_seed(0)
conv = nn.Conv1d(2, 3, 3)
print(conv)
print(conv.weight.shape, conv.weight)
print(conv.bias)
x = torch.randn(2, 2, 7, requires_grad=True)
y = conv(x)
print(y)
print(y.grad_fn.name())
(y * torch.arange(30.0).view(2, 3, 5) / 7).sum().backward()  # (no printed gradient on a 4-decimal boundary: PyTorch sums them in float)
print(x.grad)
print(conv.weight.grad)
print(conv.bias.grad)

c2 = nn.Conv1d(4, 2, kernel_size=(2,), stride=2, padding=1, dilation=2, groups=2, bias=False)
print(c2, c2.weight.shape, c2.bias)
z = torch.randn(4, 9)
print(c2(z))
print(F.conv1d(torch.arange(6.0).view(1, 1, 6), torch.tensor([[[1.0, -1.0]]]), torch.tensor([0.5]), stride=2))

# a 1-D CNN on sequences, as common-layer tutorials show
net = nn.Sequential(nn.Conv1d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool1d(2), nn.Conv1d(4, 2, 3), nn.AvgPool1d(2),
                    nn.Flatten())
print(net)
print(net(torch.sin(torch.linspace(0, 6, 16)).view(1, 1, 16)))
conv(torch.randn(1, 3, 5))
