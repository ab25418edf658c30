# The NumPy bridge with views, strides, in-place tensor ops, dtypes and as_tensor.
import numpy as np
import torch
a = np.arange(6.0).reshape(2, 3)
t = torch.from_numpy(a)
t.add_(1)
t[0, 0] = -1
print(a, t.dtype, t.shape, t.is_contiguous())
w = torch.tensor(a, requires_grad=True)
print(w.requires_grad, w.dtype)
at = a.T
tt = torch.from_numpy(at)
print(tt, tt.stride(), tt.is_contiguous())
sl = a[:, 1]
ts = torch.from_numpy(sl)
ts *= 10
print(a)
i32 = torch.from_numpy(np.array([1, 2], dtype=np.int32))
u8 = torch.from_numpy(np.array([1, 2], dtype=np.uint8))
bb = torch.from_numpy(np.array([True, False]))
print(i32, u8, bb, torch.from_numpy(np.ones(2, dtype=np.float32)))
x = torch.arange(4.0)
n = x.numpy()
n[::2] = 9
print(x, n.dtype, x.numpy().shape, torch.ones(2, 2).numpy().T)
print(torch.as_tensor(a) is not None, torch.as_tensor([1.5, 2]), torch.as_tensor(x) is x)
y = torch.ones(3) * 2
print(y.numpy().sum(), y.numpy().mean(), (y.numpy() ** 2).tolist())
