#!/usr/bin/python3
"""PyTorch's side of AutogradOverheadBenchmark: a chain of N small adds on a one-element tensor
that requires grad, then backward. Prints "forward_ms backward_ms" (medians over the runs).

Run by the benchmark itself with Debian's python3-torch (/usr/bin/python3), one thread, so both
sides measure the same program on the same machine in the same run.
"""
import statistics
import sys
import time
import torch

torch.set_num_threads(1)
chain, runs = int(sys.argv[1]), int(sys.argv[2])
forward, backward = [], []
for run in range(runs + 3):  # the first three warm up
    x = torch.ones(1, requires_grad=True)
    start = time.perf_counter()
    y = x
    for _ in range(chain):
        y = y + 1
    middle = time.perf_counter()
    y.backward()
    end = time.perf_counter()
    assert x.grad.item() == 1.0
    if run >= 3:
        forward.append((middle - start) * 1e3)
        backward.append((end - middle) * 1e3)
print(f"{statistics.median(forward):.3f} {statistics.median(backward):.3f}")
