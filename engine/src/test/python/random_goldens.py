#!/usr/bin/python3
"""Writes goldens/random.txt: seeded torch.rand/torch.randn streams, value by value, from real PyTorch.

Run with Debian's python3-torch:  /usr/bin/python3 engine/src/test/python/random_goldens.py
Each case: "### <fn> <dtype> <seed> <n1,n2,...>" — one manual_seed, then one call per size in
order (so caching between calls is covered) — then float.hex of every value drawn.
Also writes goldens/random/randint.txt: "### <seed> <low> <high> <n1,n2,...>" then the integers
torch.randint(low, high, (n,)) draws, call after call, after one manual_seed.
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

RANDINT_OUT = OUT.parent / "random" / "randint.txt"
RANDINT_CASES = [
    (0, 0, 10, [8]),
    (1, -5, 5, [3, 17, 40]),
    (2, 0, 2, [33]),
    (3, -(2**31), 2**31, [20]),  # range exactly 2^32: the 64-bit draw
    (4, 0, 2**32 - 1, [20]),  # the widest 32-bit range
    (5, -5, 2**40, [4, 9]),
    (6, -(2**62), 2**62, [10]),
    (7, 100, 1000003, [25]),
]
RANDINT_OUT.parent.mkdir(parents=True, exist_ok=True)
with RANDINT_OUT.open("w") as out:
    for seed, low, high, sizes in RANDINT_CASES:
        torch.manual_seed(seed)
        values = []
        for n in sizes:
            values += torch.randint(low, high, (n,)).tolist()
        out.write(f"### {seed} {low} {high} {','.join(map(str, sizes))}\n")
        out.write(" ".join(map(str, values)) + "\n")
print(f"wrote {RANDINT_OUT}")

# "### <seed> <n1,n2,...>" then the concatenated torch.randperm(n) results, call after call.
RANDPERM_OUT = OUT.parent / "random" / "randperm.txt"
RANDPERM_CASES = [(3, [10]), (0, [0, 1, 2, 5]), (11, [16, 17, 100]), (12, [3000]), (13, [70000])]
with RANDPERM_OUT.open("w") as out:
    for seed, sizes in RANDPERM_CASES:
        torch.manual_seed(seed)
        values = []
        for n in sizes:
            values += torch.randperm(n).tolist()
        out.write(f"### {seed} {','.join(map(str, sizes))}\n")
        out.write(" ".join(map(str, values)) + "\n")
print(f"wrote {RANDPERM_OUT}")
