# Comprehensions, generator expressions, generators, unpacking, ternary, walrus, chained
# comparisons, del, with several context managers.
squares = [x * x for x in range(6)]
evens = [x for x in range(10) if x % 2 == 0 if x > 2]
pairs = [(i, j) for i in range(3) for j in range(i)]
matrix = [[i * 3 + j for j in range(3)] for i in range(2)]
flat = [v for row in matrix for v in row]
print(squares, evens, pairs, matrix, flat)
print(sum(x for x in range(5)), list(x + 1 for x in [1, 2]))
print(len({x % 3 for x in range(10)}))
lookup = {k: k * k for k in range(3)}
print(lookup[2], len(lookup))


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(countdown(4)), list(chain([1, 2], countdown(2), (9,))))
gen = countdown(2)
print(next(gen), next(gen), next(gen, "exhausted"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


first = []
for value in fib():
    if value > 50:
        break
    first.append(value)
print(first)

a, b, c = 1, 2, 3
a, b = b, a
print(a, b, c)
head, *tail = [1, 2, 3, 4]
*init, last = "abc"
x, (y, z) = 1, (2, 3)
print(head, tail, init, last, x, y, z)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
merged = [*range(3), *"xy", 9]
print(merged, (*tail, 0))

n = 7
print("odd" if n % 2 else "even", 1 < n <= 7 < 10, 1 < n > 8)
if (doubled := n * 2) > 10:
    print("walrus", doubled)

items = [0, 1, 2, 3, 4]
del items[1]
del items[-2:]
print(items)
name = 1
del name
print("name" in dir() if False else "deleted")


class Tracker:
    def __init__(self, label, suppress=False):
        self.label = label
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.label)
        return self.label.upper()

    def __exit__(self, kind, value, traceback):
        print("exit", self.label, kind.__name__ if kind else None)
        return self.suppress


with Tracker("a") as first, Tracker("b") as second:
    print("inside", first, second)

with Tracker("outer", suppress=True):
    with Tracker("inner"):
        raise ValueError("swallowed by outer")
print("after suppressed error")
