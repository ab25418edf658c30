import torch

p = torch.tensor([1.0, 2.0], requires_grad=True)
q = (p * p * p).sum()
q.backward(create_graph=True)
print(p.grad)
print(p.grad.requires_grad)
r = (p.grad * p.grad).sum()
p.grad = None
r.backward()
print(p.grad)
