# 10,000 iterations of small tensor operations: the interpreter's overhead around the engine.
import time
import torch


def workload():
    x = torch.ones(4, 4)
    w = torch.full((4, 4), 0.5)
    total = 0.0
    for i in range(10000):
        y = x * w + 1
        total += y.sum().item()
        x = y / 2
    return total


best = None
for repeat in range(3):
    start = time.perf_counter()
    result = workload()
    elapsed = time.perf_counter() - start
    best = elapsed if best is None or elapsed < best else best
print(f"tensor_loop {best * 1000:.1f} ms (result {result:.4f})")
