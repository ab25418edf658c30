import torch

a = torch.arange(6).view(2, 3)
b = torch.arange(12).view(3, 4)
print(a @ b, torch.mm(a, b), a.matmul(b).shape)
v = torch.tensor([1.0, 2.0, 3.0])
print(v @ v, a.float() @ v, v @ b.float(), torch.matmul(v, v))
torch.manual_seed(0)
x = torch.randn(4, 3)
w = torch.randn(3, 2)
print(x @ w, (x @ w).sum())
print(x.T @ x)
print(a @ a)
