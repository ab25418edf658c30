#!/usr/bin/python3
"""Writes goldens/sum_order.txt: float sums and means exactly as PyTorch adds them (order-sensitive bits).

Run with Debian's python3-torch:  /usr/bin/python3 engine/src/test/python/sum_order_goldens.py
Each case: "### <sum|mean> <dtype> <seed> <shape> <transpose a,b|none> <dim|all>", then float.hex of every
result value. The input is torch.randn(shape) after manual_seed(seed) (the engine draws the same values),
converted to dtype, optionally transposed, then summed. PyTorch runs on one thread: with several, its own
order for 32768+ elements depends on the thread count.
"""
import pathlib
import random
import torch

torch.set_num_threads(1)
OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "goldens" / "sum_order.txt"
rng = random.Random(7)
SIZES = [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 40, 64, 65, 100, 257]
cases = []
for seed, n in enumerate(SIZES + [1000, 4097, 20000, 70000]):
    cases.append(("sum", torch.float32, seed, [n], None, None))
for _ in range(160):
    rank = rng.randint(1, 4)
    shape = [rng.choice(SIZES[:14]) for _ in range(rank)]
    for i in range(rank):
        if torch.Size(shape).numel() > 30000:
            shape[i] = 1
    transpose = (0, rank - 1) if rank > 1 and rng.random() < 0.35 else None
    dim = None if rng.random() < 0.3 else rng.randrange(rank)
    op = "mean" if rng.random() < 0.3 else "sum"
    dtype = torch.float64 if rng.random() < 0.25 else torch.float32
    cases.append((op, dtype, rng.randrange(1000), shape, transpose, dim))

with OUT.open("w") as out:
    for op, dtype, seed, shape, transpose, dim in cases:
        torch.manual_seed(seed)
        # float64 inputs are float32 draws widened (exact), to keep this test about addition order only.
        t = torch.randn(*shape).to(dtype)
        if transpose:
            t = t.transpose(*transpose)
        r = getattr(t, op)() if dim is None else getattr(t, op)(dim)
        dt = str(dtype).replace("torch.", "")
        tr = "none" if transpose is None else f"{transpose[0]},{transpose[1]}"
        out.write(f"### {op} {dt} {seed} {','.join(map(str, shape))} {tr} {'all' if dim is None else dim}\n")
        out.write(" ".join(float(v).hex() for v in r.reshape(-1).tolist()) + "\n")
print(f"wrote {OUT}")
