# A small CNN (the seed tutorial's MNIST network, shrunk) trained on the accelerator when there is one:
# convolutions with padding and stride, batch norm, max and average pooling, a transposed convolution.
import torch
from torch import nn
import torch.nn.functional as F

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
torch.manual_seed(0)
images = torch.randn(16, 1, 12, 12)
labels = torch.randint(0, 3, (16,))
images, labels = images.to(device), labels.to(device)


class SmallCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 4, kernel_size=3, padding=1)
        self.bn = nn.BatchNorm2d(4)
        self.conv2 = nn.Conv2d(4, 6, kernel_size=3, stride=2, groups=2)
        self.up = nn.ConvTranspose2d(6, 2, kernel_size=2, stride=2)
        self.fc = nn.Linear(2 * 2 * 2, 3)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.bn(self.conv1(x))), 2)
        x = F.relu(self.conv2(x))
        x = F.avg_pool2d(self.up(x), 2)
        return self.fc(x.flatten(1))


net = SmallCNN().to(device)
optimizer = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
for step in range(8):
    optimizer.zero_grad()
    loss = F.cross_entropy(net(images), labels)
    loss.backward()
    optimizer.step()
    if step % 2 == 0:
        print(step, f"{loss.item():.4f}")
print(net.conv1.weight.grad.device, net.conv1.weight.grad.abs().sum() > 0)
net.eval()
with torch.no_grad():
    scores = net(images[:4])
print(scores.argmax(1).tolist(), f"{scores.abs().sum().item():.4f}")
pooled, where = F.max_pool2d(images[:1, :, :4, :4], 2, return_indices=True)
print(pooled, where)
