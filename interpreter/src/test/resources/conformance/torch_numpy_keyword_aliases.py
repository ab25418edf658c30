# PyTorch's argument parser takes NumPy's keyword names as aliases (d2l writes y_hat.argmax(axis=1)).
import torch

x = torch.tensor([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])
print(x.argmax(axis=1))
print(torch.argmax(x, axis=0))
print(x.sum(axis=0, keepdims=True))
print(torch.mean(x, axis=1))
print(x.max(axis=1))
print(torch.cat([x, x], axis=0).shape)
print(x.std(axis=0))
try:
    x.sum(axis=0, dim=1)
except TypeError as e:
    print("both dim and axis:", type(e).__name__)
try:
    x.sum(axes=0)
except TypeError as e:
    print("unknown keyword:", type(e).__name__)
