# Arrays with Python's built-ins and protocols: sum/max/sorted, f-strings, lists on either side, in, hash, len.
import numpy as np
a = np.array([[1.0, 2.0], [3.0, 4.0]])
print(sum(a), max(np.array([3, 9, 2])), sorted(np.array([3.5, 1.5])), f"{a}", f"{a[0, 0]:.3f}", str(a.dtype))
print([1, 2] * np.array([2, 3]), [1, 2] + np.array([2, 3]), (1, 2) - np.array([1, 1]), 2 ** np.arange(3))
a[0] = [9, 8]
print(a, 3.0 in a, 7 in a, list(a[1]))
for f in (lambda: hash(a), lambda: len(np.array(1.0))):
    try:
        print(f())
    except (TypeError, AttributeError, NotImplementedError) as e:
        print(type(e).__name__)
print(a.shape)
