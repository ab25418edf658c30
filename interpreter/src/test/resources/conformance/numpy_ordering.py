# np.argsort (distinct values, and ties in short runs) and np.unique with return_counts.
import numpy as np
a = np.array([[3.5, -1.25, 2.0], [0.5, 7.0, -3.0]])
print(np.argsort(a), a.argsort(axis=0), np.argsort(a, axis=None), np.argsort([3, 1, 2, 1, 1]), np.array([2, 2, 1]).argsort(kind="stable"))
print(np.unique([3, 1, 2, 3, 1]), np.unique(np.array([[1.5, 0.5], [1.5, 2.0]])), np.unique(np.array([True, False, True]), return_counts=True))
vals, counts = np.unique(np.array([2, 2, 7, 1, 7, 7]), return_counts=True)
print(vals, counts, vals[np.argmax(counts)])
np.random.seed(0)
r = np.random.rand(40)
print(np.argsort(r))
