# np.isclose, np.allclose and np.array_equal.
import numpy as np
import torch
a = np.array([1.0, 2.0, np.inf, np.nan])
b = np.array([1.0 + 1e-9, 2.1, np.inf, np.nan])
print(np.isclose(a, b), np.isclose(a, b, equal_nan=True), np.allclose(a[:2], b[:2]), np.allclose(a[:1], b[:1]), np.isclose(1.0, 1.0 + 1e-6))
print(np.isclose(np.array([-np.inf]), np.inf), np.allclose(np.arange(3), [0, 1, 2]), np.allclose(np.ones((2, 2)), 1), np.isclose(a, 2.0, atol=0.5))
print(np.array_equal([1, 2], [1, 2]), np.array_equal(np.ones(2), np.ones(3)), np.array_equal(np.arange(3), np.arange(3.0)), np.array_equal([1, 2], [1, 3]))
t = torch.rand(3, 3, dtype=torch.float64)
print(np.allclose(t.numpy() @ np.eye(3), t.numpy()), np.allclose(t.numpy(), (t @ t).numpy()))
