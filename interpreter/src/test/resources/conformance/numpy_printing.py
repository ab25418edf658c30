# NumPy 1.24's array printing: repr and str, float digits, scientific mode, wrapping, summarisation.
import numpy as np

for values in ([1.0, 2.0, 3.0], [0.1, 0.25, 100.0], [1.5, -2.25, 3.125], [1e-5, 1.0], [1e8, 1.0], [123456789.0],
               [0.001, 1.0], [0.0001, 0.5], [1.0, 1000.0], [1.0, 1001.0], [1 / 3, 2 / 3], [-0.0, 0.0], [0.1 + 0.2],
               [float("nan"), 1.0], [float("inf"), -1.5], [float("-inf"), float("nan")], [1e-300, 1e300], [1e100],
               [3.14159265358979, 2.718281828], [123.456, 0.001], [100000.0, 0.5], [1.23456789012345e-7, 1.0],
               [5e-324], [0.5, 12345678.9]):
    arr = np.array(values)
    print(repr(arr), str(arr))
for values in ([1, 2, 3], [-10, 5, 100000], [0], [True, False], [True]):
    print(repr(np.array(values)), np.array(values))
print(repr(np.array([0.1, 0.2, 1 / 3], dtype=np.float32)), np.array([0.1, 1e-6], dtype=np.float32))
print(repr(np.array([1, 2], dtype=np.int32)), repr(np.array([1, 2], dtype=np.uint8)), repr(np.zeros(0)), repr(np.zeros((2, 0))))
print(repr(np.arange(30.0)))
print(np.arange(30.0))
print(repr(np.arange(100)), np.arange(100))
print(repr(np.arange(24).reshape(2, 3, 4)))
print(np.arange(24.0).reshape(2, 3, 4) / 7)
print(repr(np.arange(2000)), np.arange(2000))
print(repr(np.arange(3000.0).reshape(30, 100)))
print(np.arange(1001).reshape(7, 11, 13))
print(repr(np.linspace(0, 1, 11)), repr(np.linspace(0, 1e-6, 3)))
print(repr(np.array(2.5)), str(np.array(2.5)), repr(np.array(3, dtype=np.int32)), repr(np.array(True)))
print(repr(np.arange(40, dtype=np.float32)), repr(np.ones((3, 30), dtype=np.int32)))
