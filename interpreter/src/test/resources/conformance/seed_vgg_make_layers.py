# The seed tutorial's VGG built by make_layers(cfg) (shared/seeds 002, part 5), with batch norm,
# on a small input: the model's repr, its parameter count, one forward and one training step.
import torch
import torch.nn as nn

torch.manual_seed(0)


def make_layers(cfg, batch_norm=False):
    layers = []
    in_channels = 3
    for v in cfg:
        if v == 'M':
            layers += [nn.MaxPool2d(kernel_size=2, stride=2)]
        else:
            conv2d = nn.Conv2d(in_channels, v, kernel_size=3, padding=1)
            if batch_norm:
                layers += [conv2d, nn.BatchNorm2d(v), nn.ReLU(inplace=True)]
            else:
                layers += [conv2d, nn.ReLU(inplace=True)]
            in_channels = v
    return nn.Sequential(*layers)


cfg = [64, 64, 'M', 128, 128, 'M', 256, 256, 256, 'M', 512, 512, 512, 'M', 512, 512, 512, 'M']


class VGG(nn.Module):
    def __init__(self, features, num_classes=10):
        super(VGG, self).__init__()
        self.features = features
        self.out = nn.Linear(512, num_classes)

    def forward(self, x):
        x = self.features(x)
        x = x.view(x.size(0), -1)
        output = self.out(x)
        return output


net = VGG(make_layers(cfg, batch_norm=True))
print(net)
print(sum(p.numel() for p in net.parameters()))
x = torch.randn(1, 3, 32, 32)
y = torch.tensor([3])
out = net(x)
print(out.shape, out.argmax(1))
loss = nn.CrossEntropyLoss()(out, y)
print(round(loss.item(), 3))
optimizer = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(round(nn.CrossEntropyLoss()(net(x), y).item(), 3))
