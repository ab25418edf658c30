import torch

x = torch.zeros(3, 4)
x[0] = 1
x[1, 1:3] = torch.tensor([5.0, 6.0])
x[:, 3] = torch.tensor([7.0, 8.0, 9.0])
x[[2, 2], [0, 1]] = torch.tensor([-1.0, -2.0])
x[torch.tensor([True, False, True]), 2] = 4
print(x)
x[x.bool()] = 0.5
print(x)
y = torch.arange(6).reshape(2, 3)
y[:, [0, 2]] = torch.tensor([[10], [20]])
print(y)
y[1] = 2.7
print(y)
z = torch.ones(2, 3)
z[..., 0] = torch.tensor([3.0, 4.0])
print(z)
z[None, 1] = 8
print(z)
z[[0, 1], [0, 1]] = torch.tensor([1.0, 2.0, 3.0])
