# float32 arrays from tensor.numpy() (PyTorch's default dtype) and their float32 scalars, printed with float32's shortest digits.
import numpy as np
import torch
b = torch.tensor([0.1, 2.5, 1e-5, 3e10]).numpy()
print(b[0], b[1], b[2], b[3], repr(b[0]), b.sum(), b.mean(), b.max(), [x for x in b], b[0] * 2, 2 * b[0], b[0] + 0.1)
print(float(b[0]), b[0].item(), b.tolist(), f"{b[0]:.3f}", int(b[1]), b[0] > 0.05, np.float32(0.1), np.float32(1) / 3)
print(type(b[0]).__name__ if False else "", b[0] == b[0], np.sqrt(b[1]), np.exp(b[:2])[0], b.std())
print(float(np.array([2.5])), int(np.array([[3]])), [0, 1, 2][np.array(1)], round(float(b[1]), 1))
t = torch.ones(3)
n = t.numpy()
n[1] = 0.3
print(t, n, n[1], n.dtype)
