# numpy.random single draws on the legacy seeded MT19937: the same seed gives NumPy's exact values.
import numpy as np
import numpy.random

np.random.seed(0)
print([np.random.rand() for _ in range(5)])
print([np.random.randn() for _ in range(5)])
print([np.random.random() for _ in range(3)], np.random.random_sample())
print([np.random.randint(10) for _ in range(10)])
print([np.random.randint(-5, 5) for _ in range(10)])
print(np.random.randint(0, 2**40), np.random.randint(2**31, 2**33), np.random.randint(7, 8))
print(np.random.uniform(), np.random.uniform(-2, 3), np.random.uniform(low=1.0, high=1.5))
print(np.random.normal(), np.random.normal(10, 0.5), np.random.normal(loc=-1, scale=2), np.random.standard_normal())

# seed resets the cached second normal value too
np.random.seed(42)
a = np.random.randn()
np.random.seed(42)
print(a == np.random.randn(), np.random.randn())
np.random.seed(2**32 - 1)
print(np.random.rand(), numpy.random.randn())
print(type(np.random.randint(3)).__name__, type(np.random.rand()).__name__)

for bad in (lambda: np.random.seed(-1), lambda: np.random.seed(2**32), lambda: np.random.randint(5, 5),
            lambda: np.random.normal(0, -1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(np.pi, np.e, np.newaxis)

# choice of an int or a sequence, and shuffle of a list in place (legacy masked draws)
np.random.seed(3)
print([np.random.choice(6) for _ in range(8)], np.random.choice(["a", "b", "c"]), np.random.choice([10, 20, 30, 40]))
items = list(range(10))
np.random.shuffle(items)
print(items, np.random.rand())
words = ["x", "y"]
np.random.shuffle(words)
print(words)
for bad in (lambda: np.random.choice(0), lambda: np.random.choice([])):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
