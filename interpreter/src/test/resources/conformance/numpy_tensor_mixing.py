# Tensors and arrays in one expression, as PyTorch 1.13 with NumPy 1.24 treats them.
import numpy as np
import torch
a = np.ones(2)
t = torch.ones(2)
print(t + a, t - a, t * np.arange(2, dtype=np.float32), t == a)
for f in (lambda: a * t, lambda: a == t):
    try:
        print(f())
    except TypeError as e:
        print("TypeError")
pred_y = np.array([1, 0, 2, 1])
test_y = torch.tensor([1, 1, 2, 1])
print(test_y == pred_y)
