# Python function calls: recursion, keyword and default arguments, closures.
import time


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def scaled(x, factor=2, *, offset=0):
    return x * factor + offset


def make_adder(k):
    def add(x):
        return x + k
    return add


def workload():
    total = fib(20)
    add3 = make_adder(3)
    for i in range(20000):
        total += scaled(i, offset=1) + add3(i)
    return total


best = None
for repeat in range(5):
    start = time.perf_counter()
    result = workload()
    elapsed = time.perf_counter() - start
    best = elapsed if best is None or elapsed < best else best
print(f"function_calls {best * 1000:.1f} ms (result {result})")
