#!/usr/bin/python3
"""Writes goldens/unique_unsorted.txt: torch.unique(x, sorted=False, return_inverse=True,
return_counts=True) as real PyTorch 1.13.1 computes it on the CPU, for every dtype Torchlet has,
with NaN, -0.0 and 0.0, repeated values, empty and 2-d inputs, and random inputs of thousands of
elements (so the hash table behind the unsorted order grows many times).

Run with Debian's python3-torch:  /usr/bin/python3 engine/src/test/python/unique_unsorted_goldens.py
UniqueUnsortedGoldenTest rebuilds each input, runs OrderStatistics.unique(x, false) and compares.
Format (GoldenFile sections): a "### name" line, then the lines "dtype", "shape" (sizes separated by spaces), the input's
elements, the unique values, the inverse and the counts, each as space-separated Python reprs
(nan, inf, -0.0; True/False); an empty list is the line "-".
"""
import pathlib
import torch

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "goldens" / "unique_unsorted.txt"
NAN = float("nan")
DTYPES = {"float32": torch.float32, "float64": torch.float64, "int64": torch.int64,
          "int32": torch.int32, "uint8": torch.uint8, "bool": torch.bool}


def random_input(dtype, n, distinct, seed):
    g = torch.Generator().manual_seed(seed)
    if dtype == torch.bool:
        return torch.rand(n, generator=g) < 0.3
    if dtype == torch.uint8:
        return torch.randint(0, min(distinct, 256), (n,), generator=g, dtype=torch.uint8)
    x = torch.randint(-distinct // 2, distinct // 2, (n,), generator=g)
    if not dtype.is_floating_point:
        return (x * 7919).to(dtype) if dtype == torch.int64 else x.to(dtype)
    x = x.to(dtype) / 8
    x[torch.rand(n, generator=g) < 0.03] = NAN
    x[torch.rand(n, generator=g) < 0.02] = -0.0
    x[torch.rand(n, generator=g) < 0.01] = float("inf")
    return x


def cases():
    yield "float32_small", torch.tensor([NAN, 1.0, NAN, 2.0, 1.0, -0.0, 0.0, 3.5, -1.0], dtype=torch.float32)
    yield "float64_small", torch.tensor([0.0, -0.0, 2.5, NAN, 2.5, -7.0, 1e300, -1e-300], dtype=torch.float64)
    yield "int64_small", torch.tensor([3, 1, 2, 3, 1, -5, 2 ** 40, -(2 ** 62), 0])
    yield "int32_small", torch.tensor([-1, -2, 7, -1, 2 ** 31 - 1, -(2 ** 31), 0], dtype=torch.int32)
    yield "uint8_small", torch.tensor([255, 0, 13, 255, 1, 14], dtype=torch.uint8)
    yield "bool_small", torch.tensor([True, True, False, True])
    yield "bool_true_only", torch.tensor([True, True])
    yield "int64_2d", torch.tensor([[5, 3, 9], [1, 5, 3]])
    yield "float32_13_elements", torch.arange(13, dtype=torch.float32)
    yield "float32_14_elements", torch.arange(14, dtype=torch.float32)
    for name, dtype in DTYPES.items():
        yield name + "_empty", torch.tensor([], dtype=dtype)
    for seed, (name, dtype) in enumerate(DTYPES.items()):
        yield name + "_random_3000", random_input(dtype, 3000, 400, seed)
        yield name + "_random_5000_mostly_distinct", random_input(dtype, 5000, 20000, 100 + seed)


def text(values):
    return " ".join(repr(v) for v in values) if values else "-"


def main():
    lines = []
    for name, x in cases():
        values, inverse, counts = torch.unique(x, sorted=False, return_inverse=True, return_counts=True)
        dtype = next(k for k, v in DTYPES.items() if v == x.dtype)
        lines += ["### " + name, dtype, " ".join(str(s) for s in x.shape), text(x.flatten().tolist()),
                  text(values.tolist()), text(inverse.flatten().tolist()), text(counts.tolist())]
    OUT.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
