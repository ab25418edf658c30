# np.clip, cumsum, sort (and a.sort() in place), round/around, expand_dims, squeeze.
import numpy as np
a = np.array([[3.5, -1.25, 2.0], [0.5, 7.0, -3.0]])
print(np.clip(a, 0, 2), a.clip(-1, 1), np.clip(np.arange(6), 1, 4), np.clip(np.arange(4), 0.5, 2), np.clip(a, None, 0))
print(np.cumsum(a), a.cumsum(axis=0), np.cumsum(np.arange(5, dtype=np.int32)), np.cumsum(a, axis=1), np.cumsum([True, True]))
print(np.sort(a), np.sort(a, axis=0), np.sort(a, axis=None), np.sort([3, 1, 2]))
b = np.array([5, 3, 9, 1])
b.sort()
print(b)
print(np.round(a / 3, 2), np.around(np.array([0.5, 1.5, 2.5, -0.5])), (a * 123.456).round(-1), np.round(np.arange(3), 1), np.round(2.675, 2))
print(np.expand_dims(np.arange(3), 0).shape, np.expand_dims(np.arange(3), -1).shape, np.squeeze(np.ones((1, 3, 1))).shape,
      np.ones((1, 3, 1)).squeeze(axis=0).shape, np.ones((1, 1)).squeeze())
