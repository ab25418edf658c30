# numpy.ndarray: creation, attributes, dtypes and promotion, arithmetic, reductions, indexing.
import numpy as np

a = np.array([[1, 2, 3], [4, 5, 6]])
print(a.shape, a.ndim, a.size, a.dtype, type(a.shape).__name__, len(a))
print(repr(a.T), a.T.shape)
print(np.zeros(3), np.ones((2, 2)), np.full((2, 3), 7), np.full(2, 1.5), np.empty(2).shape)
print(repr(np.arange(5)), repr(np.arange(1, 2, 0.25)), repr(np.arange(10, 0, -3)), repr(np.arange(3.0)))
print(repr(np.linspace(0, 1, 5)), repr(np.linspace(-1, 1, 4)), repr(np.eye(3)), repr(np.eye(2, dtype=int)))
print(repr(np.zeros_like(a)), repr(np.ones_like(a, dtype=float)))
print(repr(np.array([1, 2.5])), repr(np.array([True, False])), repr(np.array([[1], [2]], dtype=np.float32)))
print(repr(np.array((1, 2), dtype='int32')), repr(np.array(3.5)), repr(np.array([1, 2], dtype=np.uint8)))
print(np.asarray(a) is a, repr(np.asarray([1, 2])))

# dtypes and NumPy's promotion
f32 = np.ones(3, dtype=np.float32)
i32 = np.arange(3, dtype=np.int32)
u8 = np.array([250, 5, 6], dtype=np.uint8)
b = np.array([True, False, True])
for x in (f32 + 1, f32 + 2.5, f32 + i32, f32 * u8, i32 + 1, i32 * 2.0, i32 + a[0], u8 + 1, u8 + u8, b + 1, b + b,
          b * 1.5, i32 / 2, a / a, a // 4, a % 4, -a, a ** 2, 2 ** i32, f32 / 3, i32 // 2, u8 + i32):
    print(repr(x))
print(f32.dtype, i32.dtype, u8.dtype, b.dtype, f32.dtype == np.float32, a.dtype == np.int64, a.dtype == 'int64',
      f32.dtype == np.float64, repr(f32.dtype), np.float64, a.dtype.name, a.dtype.itemsize)
print(repr(a.astype(np.float32)), repr(a.astype(float)), repr(np.array([1.7, -1.7]).astype(int)), repr(a.astype(bool)))

# broadcasting, comparisons, in place
m = np.arange(6.0).reshape(2, 3)
print(m + np.array([10, 20, 30]), m * np.array([[1], [2]]), m - 1, 1 - m, 2 / (m + 1), m > 2, m == 3, 3 <= m)
v = np.array([1.0, 2.0, 3.0])
w = v
v += 1
v *= 2
v -= np.array([1, 1, 1])
v /= 2
print(w, v is w)
c = np.arange(4)
c += 3
c *= c
print(c)
try:
    c += 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    np.ones(3) + np.ones(2)
except ValueError as e:
    print("ValueError:", e)

# reductions
r = np.array([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]])
print(r.sum(), r.sum(axis=0), r.sum(axis=1), r.sum(1, keepdims=True), r.mean(), r.mean(axis=0), r.max(), r.min(axis=1))
print(r.argmax(), r.argmax(axis=1), r.argmin(axis=0), r.std(), r.var(axis=1), r.std(axis=0, ddof=1), np.sum(r), np.mean(r, axis=1))
print(a.sum(), a.mean(), a.sum(axis=0), a.max(axis=1), a.std(), b.sum(), np.max(a), np.min(a), a.prod(), b.any(), b.all())
print(r.sum(keepdims=True), f32.sum(), f32.mean(), i32.sum(), u8.sum())

# products and functions
p = np.array([[1.0, 2.0], [3.0, 4.0]])
q = np.array([1.0, -1.0])
print(np.dot(p, p), np.dot(p, q), np.dot(q, q), p @ p, p @ q, np.matmul(p, p), p.dot(q), np.dot(3, 4), np.dot(2, q))
print(np.exp(q), np.log(p), np.sqrt(p), np.abs(-p), np.sin(q), np.cos(q), np.tanh(q), np.exp(np.arange(3)))
print(np.maximum(q, 0), np.minimum(p, 2.5), np.where(p > 2, p, -p), np.where(q > 0, 1, 0), np.power(p, 3), np.square(q))
print(np.concatenate([p, p]), np.concatenate((p, p), axis=1), np.stack([q, q]), np.stack([q, q], axis=1))
print(np.reshape(np.arange(6), (3, 2)), np.transpose(p), p.transpose(), np.arange(24).reshape(2, 3, 4).transpose(1, 0, 2).shape)

# indexing: views for basic indexing, copies for advanced
g = np.arange(12).reshape(3, 4)
print(g[0], g[-1], g[1, 2], g[1][2], g[:, 1], g[1:, ::2], g[::-1] if False else g[:2, -2:], g[..., 0], g[None, 0].shape)
row = g[1]
row[0] = 100
print(g)
g[:, 0] = 0
g[g > 50] = -1
print(g, g[g < 5], g[[0, 2]], g[np.array([2, 0]), 1], g[[True, False, True]])
h = g.reshape(4, 3)
h[0, 0] = 42
print(g[0, 0], g.flatten()[0], g.ravel().shape, g.T[0])
k = g.copy()
k[0, 0] = -5
print(g[0, 0], k[0, 0])
print([x for x in np.array([1.5, 2.5])], [list(rw) for rw in np.eye(2)], np.arange(3).tolist(), r.tolist(), np.array(7).tolist())
print(np.array([2.5]).item(), a[0, 0].item() if hasattr(a[0, 0], "item") else a[0, 0], float(np.array([1.5])[0]), int(a[1, 2]))
print(np.pi, np.e, np.float32, np.int64, np.inf, -np.inf)
for bad in (lambda: np.ones(3).item(), lambda: bool(np.ones(2)), lambda: np.ones((2, 2)).sum(axis=2)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ in ("ValueError", "IndexError", "AxisError"), e)
