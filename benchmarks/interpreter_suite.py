"""Interpreter speed: each workload timed in-process (best of several repeats, so JVM warm-up and
process start are left out). Run by benchmarks/interpreter.sh with Torchlet and with CPython."""
import time
import torch

# A pystone-like mix: records as objects, small functions, integer arithmetic, lists, branches.


class Record:
    def __init__(self, ident, value):
        self.ident = ident
        self.value = value
        self.next = None


def proc_add(record, amount):
    record.value = record.value + amount
    return record.value % 97


def proc_compare(a, b):
    if a < b:
        return a
    elif a == b:
        return 0
    return b


def pystone_like(loops):
    head = Record(0, 0)
    record = head
    for i in range(1, 50):
        record.next = Record(i, i * 3)
        record = record.next
    checksum = 0
    table = [0] * 64
    for n in range(loops):
        record = head
        while record is not None:
            checksum += proc_add(record, n & 7)
            record = record.next
        table[n & 63] = proc_compare(checksum & 255, n & 255)
        checksum = (checksum + table[(n * 7) & 63]) & 0xFFFFFF
    return checksum


# Python function calls: recursion, keyword and default arguments, closures.


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def scaled(x, factor=2, *, offset=0):
    return x * factor + offset


def make_adder(k):
    def add(x):
        return x + k
    return add


def function_calls():
    total = fib(20)
    add3 = make_adder(3)
    for i in range(20000):
        total += scaled(i, offset=1) + add3(i)
    return total


# Attribute reads and writes on instances, properties and method calls.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    def shift(self, dx):
        self.x += dx


def attribute_access():
    points = [Point(i, -i) for i in range(100)]
    total = 0
    for step in range(300):
        for p in points:
            p.shift(1)
            total += p.norm1 + p.y
    return total


# 10,000 iterations of small tensor operations: the interpreter's overhead around the engine.


def tensor_loop():
    x = torch.ones(4, 4)
    w = torch.full((4, 4), 0.5)
    total = 0.0
    for i in range(10000):
        y = x * w + 1
        total += y.sum().item()
        x = y / 2
    return total


def best_of(repeats, workload, *args):
    best = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = workload(*args)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None or elapsed < best else best
    return best, result


for name, repeats, workload, args in [
    ("pystone_like", 5, pystone_like, (2000,)),
    ("function_calls", 5, function_calls, ()),
    ("attribute_access", 5, attribute_access, ()),
    ("tensor_loop", 3, tensor_loop, ()),
]:
    best, result = best_of(repeats, workload, *args)
    print(f"{name} {best * 1000:.1f} ms (result {result})")
