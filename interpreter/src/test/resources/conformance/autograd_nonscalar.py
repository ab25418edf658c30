import torch

torch.manual_seed(0)
x = torch.randn(3, requires_grad=True)
y = x * 2
v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
y.backward(v)
print(x.grad)

# A Jacobian row by row: retain the graph for a second backward pass
p = torch.tensor([2.0, 3.0], requires_grad=True)
q = p * p * torch.tensor([1.0, 5.0]) + p.sum()
q.backward(torch.tensor([1.0, 0.0]), retain_graph=True)
row0 = p.grad.clone()
p.grad.zero_()
q.backward(torch.tensor([0.0, 1.0]))
print(row0, p.grad)

# .data is outside the graph
d = torch.ones(3, requires_grad=True)
e = d * 4
d.data[0] = 10.0
print(d, d.data, e)
e.sum().backward()
print(d.grad)

# Linear layer by hand: gradients of matmul, broadcasting add and mean
W = torch.tensor([[0.5, -1.0], [2.0, 0.25], [1.0, 1.0]], requires_grad=True)
bias = torch.tensor([0.1, -0.2], requires_grad=True)
inputs = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
pred = inputs @ W + bias
loss = ((pred - 1) * (pred - 1)).mean()
loss.backward()
print(pred, loss, W.grad, bias.grad, sep='\n')
print(x.detach(), x.detach().requires_grad)
