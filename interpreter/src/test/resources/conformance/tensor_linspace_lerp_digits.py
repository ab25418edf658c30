# linspace, logspace and lerp to the last bit, over random arguments: PyTorch's kernels fuse their
# multiply-adds and count the second half of a linspace down from its end.
import random

import torch

random.seed(5)
for case in range(60):
    start = round(random.uniform(-10, 10), random.randint(0, 4))
    end = round(random.uniform(-10, 10), random.randint(0, 4))
    steps = random.choice([2, 3, 5, 7, 8, 11, 15, 16, 17, 31, 33, 50, 64, 100])
    dtype = torch.float32 if case % 3 else torch.float64
    print(case, start, end, steps, [v.item() for v in torch.linspace(start, end, steps, dtype=dtype)])
    a = torch.tensor([random.uniform(-5, 5) for _ in range(6)], dtype=dtype)
    b = torch.tensor([random.uniform(-5, 5) for _ in range(6)], dtype=dtype)
    w = torch.tensor([random.uniform(-2, 2) for _ in range(6)], dtype=dtype)
    print([v.item() for v in torch.lerp(a, b, w)], [v.item() for v in a.lerp(b, -0.77)], [v.item() for v in a.lerp(b, 0.3)])
    print([v.item() for v in torch.logspace(start / 5, end / 5, 9)])
print(torch.linspace(0, 1, 5, dtype=torch.int64), torch.linspace(-3.5, 9.25, 6, dtype=torch.int32))
