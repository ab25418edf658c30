# ndarray type objects, NumPy error messages, scalars from functions, arrays of arrays and from_numpy of a 2-d array.
import numpy as np
import torch
a = np.array([1.0, 2.0])
print(type(a), isinstance(a, np.ndarray), type(a).__name__)
print(a[:, np.newaxis].shape, a[None].shape)
for bad in (lambda: np.array([[1, 2], [3]]), lambda: np.ones((2, 3)) @ np.ones((2, 3)), lambda: np.dot(np.ones((2, 3)), np.ones((2, 3))),
            lambda: np.ones(3).reshape(2, 2), lambda: np.ones(3)[5], lambda: np.arange(-1, 2) ** -1):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

print(np.float64(2.5), np.int32(7), np.arange(3, dtype=np.float32)[1] / 3)
t = torch.from_numpy(np.arange(6.0).reshape(2, 3))
print(t, t.dtype, t.shape)
print(np.array([np.array([1, 2]), np.array([3, 4])]))
print(a.mean(), a.std(), np.mean(np.array([1, 2, 3, 4])), a.max(), a.argmax())
print(np.sum([1, 2, 3]), np.exp(1.0), np.sqrt(2), np.abs(-3))
