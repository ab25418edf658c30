import torch

# torch.linalg.det and torch.linalg.inv: the same functions as torch.det and torch.inverse.
a = torch.tensor([[4.0, 2.0], [2.0, 4.0]], requires_grad=True)
d = torch.linalg.det(a)
inv = torch.linalg.inv(A=a)
print(d, inv)
print(d.grad_fn.name(), inv.grad_fn.name())
(d + inv.sum()).backward()
print(a.grad)
batch = torch.tensor([[[2.0, 1.0, 0.0], [1.0, 2.0, 0.0], [0.0, 0.0, 4.0]],
                      [[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 0.5]]], dtype=torch.float64)
print(torch.linalg.det(batch), torch.linalg.inv(batch))
try:
    torch.linalg.inv(torch.tensor([[1.0, 2.0], [2.0, 4.0]]))
except RuntimeError as e:
    print(e)

# Vector norms and the Frobenius norm.
x = torch.tensor([[3.0, -4.0, 0.5], [1.0, 2.0, -2.0]], requires_grad=True)
n = torch.linalg.norm(x)
print(n, torch.linalg.norm(x, 'fro'), torch.linalg.norm(x, dim=1), torch.linalg.norm(x[0], ord=1))
print(torch.linalg.vector_norm(x), torch.linalg.vector_norm(x, ord=float('inf'), dim=0, keepdim=True),
      torch.linalg.vector_norm(x, 0), torch.linalg.vector_norm(x, ord=3, dim=-1))
(n + torch.linalg.vector_norm(x, ord=1, dim=0).sum()).backward()
print(n.grad_fn.name(), x.grad)
try:
    torch.linalg.vector_norm(torch.tensor([1, 2]))
except RuntimeError as e:
    print(e)
