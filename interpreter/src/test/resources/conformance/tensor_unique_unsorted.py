# unique(sorted=False): PyTorch's CPU order (its hash set's), with the inverse and counts following it.
import torch

print(torch.unique(torch.tensor([3, 1, 2, 3, 1]), sorted=False))
print(torch.tensor([5, 3, 9, 1, 5]).unique(sorted=False, return_inverse=True, return_counts=True))
print(torch.unique(torch.tensor([[2.0, 2.0], [0.0, 7.0]]), False, True))
nan = float("nan")
print(torch.unique(torch.tensor([nan, 1.0, nan, 2.0, 1.0, -0.0, 0.0]), sorted=False, return_inverse=True, return_counts=True))
print(torch.unique(torch.tensor([0.0, -0.0, 2.5], dtype=torch.float64), sorted=False))
print(torch.unique(torch.tensor([-1, -2, 7, -1], dtype=torch.int32), sorted=False, return_counts=True))
print(torch.unique(torch.tensor([255, 0, 13, 255], dtype=torch.uint8), sorted=False))
print(torch.unique(torch.tensor([True, True, False]), sorted=False, return_inverse=True))
print(torch.unique(torch.tensor([], dtype=torch.float32), sorted=False, return_inverse=True, return_counts=True))
print(torch.unique(torch.tensor(4), sorted=False, return_inverse=True))
# More values than the hash set's first 13 buckets hold, so it grows.
x = (torch.arange(200) * 37 % 101).reshape(4, 50)
values, inverse, counts = torch.unique(x, sorted=False, return_inverse=True, return_counts=True)
print(values.tolist())
print(torch.equal(values[inverse], x), counts.sum().item())
print(torch.unique(x.double() / 4, sorted=False).tolist())
print(torch.unique(torch.tensor([[1, 3], [2, 3], [1, 3]]), sorted=False, dim=0))
print(torch.tensor([3, 1, 2, 3, 1]).unique(sorted=False, dim=None, return_counts=True))
u = torch.unique(torch.tensor([1.0, 2.0, 1.0], requires_grad=True), sorted=False)
print(u, u.grad_fn.name())
try:
    u.sum().backward()
except NotImplementedError as e:
    print(e)
