# Reductions over several axes (axis=(1, 2)), with keepdims and ddof.
import numpy as np
np.random.seed(3)
a = np.random.rand(2, 3, 4)
print(a.sum(axis=(1, 2)), a.sum(axis=(0, 1)), a.mean(axis=(1, 2), keepdims=True).shape, a.max(axis=(0, 2)), a.min(axis=(0, 1, 2)))
print(repr(a.sum(axis=(1, 2))), repr(a.mean(axis=(0, 1))), repr(a.std(axis=(1, 2))), repr(a.var(axis=(1, 2), ddof=1)))
print(np.sum(np.arange(24).reshape(2, 3, 4), axis=(0, 2)), np.arange(6).reshape(2, 3).sum(axis=(0, 1)), a.sum(axis=(-1,)).shape)
try:
    a.sum(axis=(1, 1))
except ValueError as e:
    print("ValueError:", e)
