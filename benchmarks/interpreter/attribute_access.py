# Attribute reads and writes on instances, properties and method calls.
import time


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    def shift(self, dx):
        self.x += dx


def workload():
    points = [Point(i, -i) for i in range(100)]
    total = 0
    for step in range(300):
        for p in points:
            p.shift(1)
            total += p.norm1 + p.y
    return total


best = None
for repeat in range(5):
    start = time.perf_counter()
    result = workload()
    elapsed = time.perf_counter() - start
    best = elapsed if best is None or elapsed < best else best
print(f"attribute_access {best * 1000:.1f} ms (result {result})")
