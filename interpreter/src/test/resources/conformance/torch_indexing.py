import torch

x = torch.arange(12).view(3, 4)
print(x[0], x[-1], x[1, 2], x[:, 1], x[1:, ::2], x[0:2, 1:3])
print(x[1, 2].item(), x[:, 1].shape, x[:, 1].is_contiguous(), x.T, x.t().shape, x.T.is_contiguous())
print(x.stride(), x[:, 1].stride(), x[1:].storage_offset(), x.transpose(0, 1).stride())
row = x[1]
row[0] = 100
print(x)
x[:, 3] = -1
print(x)
x[0] = torch.tensor([7, 8, 9, 10])
x[2, 1:3] = 0
print(x, x.sum())
c = x.T.contiguous()
print(c, c.is_contiguous(), c.view(-1))
y = x.clone()
y[0, 0] = 5
print(x[0, 0].item(), y[0, 0].item())
for r in torch.ones(2, 3):
    print(r)
print(len(x), x.T.reshape(2, 6))
f = torch.zeros(2, 2)
f[0] = 1.5
f[1, 1] = 3
print(f, f + x[:2, :2])
print(x.T.view(12))
