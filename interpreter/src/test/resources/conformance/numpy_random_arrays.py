# numpy.random array draws on the legacy seeded stream: C-order fills, one draw per element.
import numpy as np

np.random.seed(0)
print(repr(np.random.rand(3)), repr(np.random.rand(2, 3)))
print(repr(np.random.randn(2, 2)), np.random.randn())
print(repr(np.random.random((2, 2))), repr(np.random.random_sample(3)), repr(np.random.random(size=2)))
print(repr(np.random.randint(0, 10, size=8)), repr(np.random.randint(5, size=(2, 3))), repr(np.random.randint(-3, 3, 4)))
print(repr(np.random.uniform(-1, 1, size=3)), repr(np.random.uniform(size=(2,))))
print(repr(np.random.normal(0, 0.01, size=(2, 2))), repr(np.random.normal(5, 2, 3)), repr(np.random.standard_normal(3)))
np.random.seed(1)
a = np.arange(10)
np.random.shuffle(a)
print(a)
m = np.arange(12).reshape(4, 3)
np.random.shuffle(m)
print(m)
print(np.random.permutation(8), np.random.permutation(np.array([1.5, 2.5, 3.5])), np.random.choice(5, 6))
print(np.random.choice(np.array([10, 20, 30]), size=4), np.random.rand())
# odd counts keep the cached second gauss across calls, as single draws do
np.random.seed(7)
print(np.random.randn(3), np.random.randn(), np.random.randn(1, 3))
np.random.seed(100)
print(np.random.rand(1, 1), np.random.rand(5).reshape(5, 1).T)
