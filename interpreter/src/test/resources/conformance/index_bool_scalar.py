# x[True] / x[False] and 0-dim bool tensors as indices: a new dimension of size 1 or 0.
import torch
x = torch.arange(6.).reshape(2, 3)
print(x[True])
print(x[False])
print(x[True].shape, x[False].shape, x[None, True].shape, x[True, 1])
print(x[torch.tensor(True)])
print(x[torch.tensor(False)].shape)
print(x[1, True])
print(x[..., False].shape)
w = torch.ones(3, requires_grad=True)
y = w[True]
print(y, y.grad_fn.next_functions[0][0].name())
z = w[False]
print(z)
y.sum().backward()
print(w.grad)
x[True] = 7
print(x)
x[False] = 9
print(x)
t = torch.arange(4)
t[torch.tensor(True)] = -1
print(t)
