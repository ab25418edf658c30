import torch

x = torch.arange(12)
print(x, x.shape)
y = x.view(3, 4)
print(y, y.shape)
print(x.reshape(2, -1), x.view(-1, 6).shape)
print(torch.arange(1, 4), torch.arange(0, 1, 0.25), torch.arange(5, dtype=torch.float32), torch.arange(10, 0, -3))
print(y.sum(), y.sum(0), y.sum(1), y.sum(dim=1, keepdim=True), y.sum(-1))
f = y / 2
print(f.mean(), f.mean(0), f.mean(dim=1, keepdim=True), f.sum(1))
print(torch.tensor([True, False, True]).sum(), torch.ones(2, 3).sum(), torch.ones(2, 3).mean(1))
torch.manual_seed(0)
r = torch.rand(4, 5)
print(r.sum(), r.mean(0), r.sum(1))
print(x.view(5, 2))
