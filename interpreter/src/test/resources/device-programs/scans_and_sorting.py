# Scans and ordering on the accelerator when there is one: cumsum/cumprod, sort/argsort/topk
# (ties keep their order, NaN sorts last ascending and first descending) and their gradients.
import torch

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
x = torch.tensor([[3., 1., 2., 1., 2.],
                  [0.5, -1., 0.5, 4., -1.],
                  [2., 2., 2., 2., 2.]], requires_grad=True)
d = x.to(device)
weights = torch.arange(1., 16.).reshape(3, 5).to(device)

running = d.cumsum(1)
print(running)
print(torch.cumsum(d, dim=0))
(running * weights).sum().backward()
print(x.grad)

product = torch.cumprod(d, 1)
print(product)
print(d.t().cumprod(0))
print(torch.tensor([[1, 2, 3], [4, -5, 6]]).to(device).cumsum(1))
print(torch.tensor([[1, 2, 3], [4, -5, 6]]).to(device).cumprod(0))
print(torch.tensor([True, False, True, True]).to(device).cumsum(0))

x.grad = None
values, indices = d.sort(1)
print(values)
print(indices)
down = torch.sort(d, dim=0, descending=True)
print(down.values)
print(down.indices)
print(d.argsort(1, descending=True))
print(torch.argsort(d, dim=0))
((values * weights).sum() + (down.values * weights).sum()).backward()
print(x.grad)

x.grad = None
top = d.topk(2, dim=1)
print(top.values, top.indices)
low = torch.topk(d, 3, dim=0, largest=False)
print(low.values, low.indices)
((top.values * weights[:, :2]).sum() + (low.values * weights).sum()).backward()
print(x.grad)

with_nan = torch.tensor([2., float('nan'), -1., 2., float('nan'), 0.]).to(device)
print(with_nan.sort())
print(with_nan.sort(descending=True))
print(with_nan.topk(3))
print(torch.tensor([[5, 2, 5], [-1, 2, 7]]).to(device).sort(0, descending=True))
