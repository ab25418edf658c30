# A small MLP trained by SGD, on the accelerator when there is one.
import torch
from torch import nn

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
torch.manual_seed(0)
X = torch.randn(64, 4)
true_w = torch.tensor([[1.5], [-2.0], [0.5], [3.0]])
y = X @ true_w + 0.1
X, y = X.to(device), y.to(device)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)).to(device)
optimizer = torch.optim.SGD(net.parameters(), lr=0.05)
loss_fn = nn.MSELoss()
for epoch in range(20):
    optimizer.zero_grad()
    loss = loss_fn(net(X), y)
    loss.backward()
    optimizer.step()
    if epoch % 5 == 0:
        print(epoch, f"{loss.item():.4f}")
print(net[0].weight.device, net[0].bias.grad.device)
print(net(X[:3]))
