# sum and mean over several dimensions at once (a tuple or list of dims), in PyTorch's one-pass summation order.
import torch
torch.manual_seed(0)
x = torch.arange(24.0).reshape(2, 3, 4)
print(x.sum(dim=(0, 2)), x.sum((0, 1)), x.mean(dim=(1, 2), keepdim=True), x.sum(dim=[0, 2]), x.sum((-1, 0)))
print(torch.sum(x, (0, 2)), torch.mean(x, dim=(0, 1)), x.sum(()), x.sum(dim=(0, 1, 2)))
i = torch.arange(24).reshape(2, 3, 4)
print(i.sum((0, 2)), i.sum((1,), keepdim=True).shape, torch.tensor([[True, False], [True, True]]).sum((0, 1)))
r = torch.randn(5, 6, 7, requires_grad=True)
s = r.sum((0, 2))
m = r.mean((1, 2), keepdim=True)
print(s.grad_fn.name(), m.grad_fn.name(), [repr(v) for v in s.tolist()], [repr(v) for v in m.flatten().tolist()])
(s.sum() + (m * 3).sum()).backward()
print(r.grad[0, :2])
try:
    x.sum((0, 0))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.sum((0, 3))
except IndexError as e:
    print("IndexError:", e)
