import torch

x = torch.arange(24).reshape(2, 3, 4)
print(x[1])
print(x[-1, -2])
print(x[:, 1:3])
print(x[..., 1])
print(x[0, ..., ::2])
print(x[None].shape)
print(x[:, None, 1].shape)
print(x[1, None, 2, ...])
print(x[0, 1::2, 1:])
print(x[0, 1:, ::3].stride())
v = x[0, :, 1]
v[0] = 100
print(x[0])
print(x[()].shape)
print(x[0, 0, 0].item())
