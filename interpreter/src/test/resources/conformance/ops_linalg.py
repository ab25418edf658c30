import torch

c = torch.arange(24.0).reshape(2, 3, 4)
print(c.bmm(c.transpose(1, 2)))
print(torch.bmm(c, torch.ones(2, 4, 1)))
print(c @ torch.ones(4, 2))
print(torch.matmul(torch.ones(2, 3), c))
print(c @ torch.tensor([1.0, 0.0, -1.0, 2.0]))
print(torch.tensor([1.0, 2.0, 3.0]) @ c)
print((c.reshape(2, 1, 3, 4) @ torch.ones(3, 4, 2)).shape)
m = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
v = torch.tensor([1.0, -1.0, 2.0])
print(m.mv(v), torch.mv(m, v), v.dot(v), torch.dot(v, v), torch.outer(v, torch.tensor([1.0, 2.0])), v.outer(v).shape)
print(torch.ones(2, 2, 3, dtype=torch.int64) @ torch.ones(3, 2, dtype=torch.int64))
