# A small classifier trained with cross-entropy and Adam on the accelerator when there is one,
# with its accuracy by argmax, softmax probabilities and torch.max's (values, indices).
import torch
from torch import nn

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
torch.manual_seed(0)
X = torch.randn(120, 5)
y = (X[:, 0] * 2 + X[:, 1] > 0).long() + (X[:, 2] > 1).long()
X, y = X.to(device), y.to(device)
model = nn.Sequential(nn.Linear(5, 16), nn.Tanh(), nn.Linear(16, 3)).to(device)
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(15):
    optimizer.zero_grad()
    logits = model(X)
    loss = loss_fn(logits, y)
    loss.backward()
    optimizer.step()
    if epoch % 5 == 4:
        accuracy = (logits.argmax(dim=1) == y).float().mean().item()
        print(epoch, f"{loss.item():.4f}", f"{accuracy:.3f}")
probabilities = torch.softmax(model(X[:2]), dim=1)
print(probabilities)
print(torch.max(probabilities, 1))
print(X[y == 2][:2], y[torch.tensor([0, 5, 7])])
