import torch
import torch.nn as nn

torch.manual_seed(0)
fc = nn.Linear(3, 2)
print(fc)
print(fc.weight)
print(fc.bias)
print(fc.in_features, fc.out_features)
print(nn.Linear(4, 1, bias=False))
print(nn.Linear(4, 1, bias=False).bias)

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3), nn.Softmax(dim=1))
print(model)
print(len(model))
print(model[0])
print(model[-1])
print(model[1:])
for layer in model:
    print(type(layer).__name__)

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(2, 4)
        self.act = nn.Tanh()
        self.out = nn.Sequential(nn.Linear(4, 1), nn.Sigmoid())
        self.scale = 2.0

    def forward(self, x):
        return self.out(self.act(self.hidden(x))) * self.scale

net = Net()
print(net)
print(net.scale)
for name, p in net.named_parameters():
    print(name, p.shape, p.requires_grad)
print([name for name, _ in net.named_modules()])
print([type(m).__name__ for m in net.children()])
print(sum(p.numel() for p in net.parameters()))
print(nn.LeakyReLU(), nn.LeakyReLU(0.2, inplace=True), nn.ELU(), nn.GELU(), nn.SiLU(), nn.ReLU(inplace=True))
print(nn.Dropout(), nn.Dropout(0.25), nn.Flatten(), nn.Identity(), nn.LogSoftmax(dim=-1), nn.Softmax())
print(nn.MSELoss(), nn.L1Loss(), nn.CrossEntropyLoss(), nn.NLLLoss(), nn.BCELoss(), nn.BCEWithLogitsLoss())
layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)])
layers.append(nn.ReLU())
print(layers)
print(len(layers), layers[1])
print(net.training, net.hidden.training)
net.eval()
print(net.training, net.out[0].training)
net.train()
print(net.training, net.out[1].training)
print(isinstance(net, nn.Module), isinstance(net.hidden, nn.Linear))
print(isinstance(fc.weight, nn.Parameter))
p = nn.Parameter(torch.ones(2))
print(p)
