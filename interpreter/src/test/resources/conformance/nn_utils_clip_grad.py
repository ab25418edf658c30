# torch.nn.utils gradient clipping on a model's parameters, as a training loop calls it.
import torch
import torch.nn as nn
from torch.nn.utils import clip_grad_value_

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
x = torch.randn(5, 3)
loss = (model(x) ** 2).sum() * 10
loss.backward()
total = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(total)
print(sum(p.grad.norm() ** 2 for p in model.parameters()).sqrt())
print(torch.nn.utils.clip_grad_norm_(model.parameters(), 0.5, norm_type=float("inf")))
clip_grad_value_(model.parameters(), 0.01)
print(model[0].weight.grad)
print(nn.utils.clip_grad_norm_([], 1.0))
try:
    nn.utils.clip_grad_value_(model.parameters())
except TypeError as e:
    print("TypeError:", e)
