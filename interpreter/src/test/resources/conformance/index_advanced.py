import torch

x = torch.arange(24).reshape(2, 3, 4)
print(x[[1, 0]])
print(x[torch.tensor([0, 1]), torch.tensor([2, 0])])
print(x[0, :, [1, 3]])
print(x[:, [0, 2], [1, 3]])
print(x[[0, 1], :, [1, 2]])
print(x[1, None, [0, 2], ...])
print(x[torch.tensor([[0, 1], [1, 0]])].shape)
print(x[[-1]])
m = torch.tensor([True, False, True])
print(x[:, m])
print(x[torch.tensor([[True, False, True], [False, True, False]])])
print(x[0][torch.tensor([[True, False, False, True], [False, False, False, False], [True, True, True, True]])])
y = x[[0]]
y[0, 0, 0] = -5
print(x[0, 0, 0])
print(x[:, [0, 1], [1, 5]])
