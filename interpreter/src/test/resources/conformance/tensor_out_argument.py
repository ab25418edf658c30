# torch functions writing into out=: the result lands in the given tensor, which is returned.
import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
y = torch.tensor([[0.5, -1.0], [2.0, 0.25]])
result = torch.empty(2, 2)
r = torch.add(x, y, out=result)
print(result, r is result)
torch.mul(x, 2, out=result)
print(result)
torch.matmul(x, y, out=result)
print(result)
counts = torch.zeros(3, dtype=torch.long)
torch.arange(3, out=counts)
print(counts)
d = torch.zeros(2, 2, dtype=torch.float64)
torch.sqrt(x, out=d)
print(d)
print(torch.sum(x, 0, out=torch.zeros(2)))
print(torch.add(x, y, out=None))
view = torch.zeros(4, 2)[1:3]
torch.sub(x, y, out=view)
print(view)
for bad in (lambda: torch.add(x, y, out=torch.zeros(2, 2, dtype=torch.long)),
            lambda: torch.add(x.requires_grad_(), y, out=torch.zeros(2, 2)),
            lambda: torch.add(x, y, out=[1, 2])):
    try:
        bad()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
with torch.no_grad():
    print(torch.add(x, y, out=torch.zeros(2, 2)))
