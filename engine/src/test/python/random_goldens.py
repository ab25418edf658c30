#!/usr/bin/python3
"""Writes goldens/random.txt: seeded torch.rand/torch.randn streams, value by value, from real PyTorch.

Run with Debian's python3-torch:  /usr/bin/python3 engine/src/test/python/random_goldens.py
Each case: "### <fn> <dtype> <seed> <n1,n2,...>" — one manual_seed, then one call per size in
order (so caching between calls is covered) — then float.hex of every value drawn.
"""
import pathlib
import torch

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "goldens" / "random.txt"
CASES = [
    ("rand", torch.float32, 0, [6]),
    ("rand", torch.float32, 42, [1, 5, 17, 40]),
    ("rand", torch.float64, 0, [6, 20]),
    ("randn", torch.float32, 0, [6]),
    ("randn", torch.float32, 0, [20]),
    ("randn", torch.float32, 7, [1, 3, 16, 15, 33, 2]),
    ("randn", torch.float32, 123, [5, 5, 64]),
    ("randn", torch.float64, 0, [6, 1, 17]),
    ("randn", torch.float32, 2024, [1000, 4096]),
    ("randn", torch.float64, 5, [100]),
]

with OUT.open("w") as out:
    for fn, dtype, seed, sizes in CASES:
        torch.manual_seed(seed)
        values = []
        for n in sizes:
            values += getattr(torch, fn)(n, dtype=dtype).tolist()
        dt = str(dtype).replace("torch.", "")
        out.write(f"### {fn} {dt} {seed} {','.join(map(str, sizes))}\n")
        out.write(" ".join(float(v).hex() for v in values) + "\n")
print(f"wrote {OUT}")
