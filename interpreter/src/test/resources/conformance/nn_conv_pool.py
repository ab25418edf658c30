import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
conv = nn.Conv2d(2, 3, kernel_size=3, padding=1)
print(conv)
print(conv.weight.shape, conv.bias)
print(nn.Conv2d(1, 4, (3, 2), stride=2, bias=False), nn.Conv2d(4, 4, 3, dilation=2, groups=2, padding=(1, 2)))
pool = nn.MaxPool2d(2)
print(pool, nn.MaxPool2d(3, stride=1, padding=1, ceil_mode=True))

x = torch.randn(2, 2, 5, 5, requires_grad=True)
y = conv(x)
print(y.shape, y.grad_fn.name())
print(y[0, 0])
z = pool(y)
print(z.grad_fn.name())
print(z[1])
z.sum().backward()
print(x.grad[0, 1])
print(conv.weight.grad[2])
print(conv.bias.grad)

values, indices = F.max_pool2d(y, 3, stride=2, padding=1, return_indices=True)
print(values[0, 1], indices[0, 1])
print(F.max_pool2d(y, 2, ceil_mode=True).shape)
g = nn.Conv2d(4, 2, 3, stride=2, dilation=2, groups=2, padding=2)
u = torch.randn(1, 4, 7, 6, requires_grad=True)
out = g(u)
print(out)
out.sum().backward()
print(u.grad[0, 3])
print(F.conv2d(torch.ones(1, 5, 5), torch.ones(1, 1, 2, 2)))

class CNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 4, 3)
        self.conv2 = nn.Conv2d(4, 8, 3)
        self.fc = nn.Linear(8, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        return self.fc(torch.flatten(x, 1))

torch.manual_seed(1)
net = CNN()
print(net)
images = torch.randn(4, 1, 10, 10)
labels = torch.tensor([1, 3, 5, 7])
for step in range(5):
    loss = F.cross_entropy(net(images), labels)
    net.zero_grad()
    loss.backward()
    with torch.no_grad():
        for p in net.parameters():
            p -= 0.1 * p.grad
    print(step, round(loss.item(), 4))
conv(torch.ones(1, 3, 4, 4))
