# Linear regression with plain tensors, SGD and a shuffled DataLoader (the seed tutorial's loop).
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(1)
true_w = torch.tensor([2.0, -3.4])
true_b = 4.2
features = torch.randn(100, 2)
labels = features @ true_w + true_b + torch.randn(100) * 0.01

w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
loader = DataLoader(TensorDataset(features, labels), batch_size=10, shuffle=True)
optimizer = torch.optim.SGD([w, b], lr=0.03)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
for epoch in range(3):
    for X, y in loader:
        loss = ((X @ w + b - y) ** 2 / 2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    scheduler.step()
    with torch.no_grad():
        train_loss = ((features @ w + b - labels) ** 2 / 2).mean()
    print(f"epoch {epoch + 1}, loss {train_loss.item():.4f}, lr {scheduler.get_last_lr()[0]}")
print(w, b)
print(f"error in w: {(true_w - w).detach()}")
