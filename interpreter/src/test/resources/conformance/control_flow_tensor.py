import torch

t = torch.zeros(1)
for step in range(3):
    t = t + 0.5
print(t)
if torch.tensor(1.5):
    print('one-element tensors have a truth value')
if torch.ones(2):
    print('never printed')
