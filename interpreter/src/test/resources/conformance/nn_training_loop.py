import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(42)
x = torch.randn(20, 2)
y = (x[:, 0] + 2 * x[:, 1] > 0).long()

class Classifier(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.fc1 = nn.Linear(2, hidden)
        self.fc2 = nn.Linear(hidden, 2)

    def forward(self, inputs):
        return self.fc2(F.relu(self.fc1(inputs)))

model = Classifier(8)
loss_fn = nn.CrossEntropyLoss()
lr = 0.5
for epoch in range(30):
    logits = model(x)
    loss = loss_fn(logits, y)
    model.zero_grad()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= lr * p.grad
    if epoch % 10 == 0:
        print(epoch, round(loss.item(), 4))
print(loss.grad_fn.name())
accuracy = (model(x).argmax(dim=1) == y).float().mean()
print(f"accuracy {accuracy.item():.2f}")

# linear regression with p.data updates
torch.manual_seed(0)
inputs = torch.linspace(-1, 1, 10).view(10, 1)
targets = 3 * inputs + 1
reg = nn.Linear(1, 1)
mse = nn.MSELoss()
for step in range(50):
    out = reg(inputs)
    l = mse(out, targets)
    reg.zero_grad()
    l.backward()
    for p in reg.parameters():
        p.data -= 0.1 * p.grad
print(round(l.item(), 4))
print(reg.weight, reg.bias)

sd = model.state_dict()
print(list(sd.keys()))
print(sd["fc2.bias"])
fresh = Classifier(8)
print(fresh.load_state_dict(sd))
print(torch.equal(fresh.fc1.weight, model.fc1.weight))
print(reg.state_dict())
