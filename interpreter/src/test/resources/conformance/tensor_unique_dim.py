import torch

a = torch.tensor([[1, 3], [2, 3], [1, 3], [0, 5]])
print(torch.unique(a, dim=0, return_inverse=True, return_counts=True))
print(torch.unique(a, dim=1, return_inverse=True, return_counts=True))
print(a.unique(dim=-1))
print(a.unique(dim=0, return_counts=True))
print(a.unique(True, True, True, 0))
print(torch.unique(a, sorted=False, dim=0))
print(torch.unique(torch.tensor([3, 1, 2, 3, 1]), dim=0, return_inverse=True))

# Slices compare lexicographically with the other dimensions in their order.
c = torch.tensor([[[2, 1], [0, 9]], [[1, 5], [3, 3]], [[2, 1], [0, 9]], [[1, 5], [0, 0]]])
print(torch.unique(c, dim=0, return_inverse=True, return_counts=True))
print(torch.unique(c.transpose(0, 2), dim=2, return_inverse=True, return_counts=True))
print(torch.unique(c, dim=1))

b = torch.tensor([[[1., 2], [1, 2]], [[0, 2], [1, 2]], [[1., 2], [1, 2]]], requires_grad=True)
u = torch.unique(b, dim=0)
print(u, u.grad_fn.name())
print(torch.unique(b, dim=2, return_counts=True))
print(torch.unique(torch.tensor([[-0.0, 1.5], [0.0, 1.5], [-2.0, 7.0]]), dim=0, return_counts=True))
print(torch.unique(torch.tensor([True, False, True]), dim=0))
print(torch.unique(torch.tensor([[2**60 + 1, 1], [2**60, 1], [2**60 + 1, 1]]), dim=0, return_inverse=True))
print(torch.unique(torch.zeros(0, 3), dim=0, return_inverse=True, return_counts=True))
print(torch.unique(torch.zeros(2, 0), dim=1, return_inverse=True, return_counts=True))

for f in [lambda: torch.unique(a, dim=2), lambda: torch.unique(torch.tensor(3), dim=0), lambda: u.sum().backward(),
          lambda: torch.unique(torch.zeros(2, 0), dim=0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
