# Tensor throughput on one device, for benchmarks/webgpu-browser.sh: float32 matmul of n x n
# matrices, element-wise add and sum of 4M elements, a 3x3 convolution of a CNN's second layer. The runner puts `DEVICE = 'cuda'` (WebGPU in
# the browser) or `DEVICE = 'cpu'` before this text. Each timed call reads one element of the
# result back, which waits for the device (as TF.js's data() does); a line is "name milliseconds",
# the best of a few runs (one from 1024 up) after one warm-up run (pipeline compilation, buffer pool).
import time
import torch
import torch.nn.functional as F


def best(function, runs):
    function()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


torch.manual_seed(0)
for n in (256, 512, 1024, 2048):
    if DEVICE == 'cpu' and n > 1024:
        continue  # seconds per product on the Wasm CPU path; the smaller sizes show its rate
    a = torch.randn(n, n).to(DEVICE)
    b = torch.randn(n, n).to(DEVICE)
    print(f"matmul_{n} {best(lambda: (a @ b)[0, 0].item(), 3 if n < 1024 else 1):.2f}")

x = torch.randn(4_000_000).to(DEVICE)
y = torch.randn(4_000_000).to(DEVICE)
print(f"add_4M {best(lambda: (x + y)[0].item(), 5):.2f}")
print(f"sum_4M {best(lambda: x.sum().item(), 5):.2f}")

# The MNIST CNN's second convolution for a batch of 16: 32 -> 64 channels, 14 x 14, 3 x 3, padding 1.
images = torch.randn(16, 32, 14, 14).to(DEVICE)
kernels = torch.randn(64, 32, 3, 3).to(DEVICE)
print(f"conv2d_16x32x14x14_k3 {best(lambda: F.conv2d(images, kernels, padding=1)[0, 0, 0, 0].item(), 3):.2f}")
