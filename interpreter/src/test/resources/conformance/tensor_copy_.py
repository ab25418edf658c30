# copy_: values broadcast and cast into a tensor's memory; CopyBackwards under autograd; PyTorch's errors.
import torch
x = torch.arange(24.0).reshape(2, 3, 4)
y = torch.zeros(2, 3, 4)
print(y.copy_(x).sum(), y[1, 2])
z = torch.zeros(3)
print(z.copy_(torch.tensor([1, 2, 3])), z.dtype)
z.copy_(torch.tensor(5.0))
print(z)
w = torch.ones(2, 3, requires_grad=True)
v = torch.zeros(2, 3)
v.copy_(w * 2)
print(v.grad_fn.name(), v.requires_grad)
v.sum().backward()
print(w.grad)
with torch.no_grad():
    w.copy_(torch.full((2, 3), 7.0))
print(w)
for bad in (lambda: z.copy_(torch.ones(4)), lambda: w.copy_(torch.ones(2, 3)), lambda: z.copy_([1, 2, 3])):
    try:
        bad()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
