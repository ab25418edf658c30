#!/usr/bin/python3
"""Writes goldens/printing.txt: tensors and exactly how real PyTorch prints them.

Run with Debian's python3-torch:  /usr/bin/python3 engine/src/test/python/printing_goldens.py
Each case records dtype, shape and every element (as the hex of its float64 value, or the
integer), then str(tensor). TensorFormatterGoldenTest rebuilds each tensor and compares.
"""
import pathlib
import torch

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "goldens" / "printing.txt"


def cases():
    torch.manual_seed(0)
    yield "ones_plus_one", torch.ones(2, 2) + 1
    yield "integers_as_floats", torch.tensor([1.0, -2.0, 30.0])
    yield "fixed_mode", torch.tensor([[0.5, -1.25], [3.14159, 2.71828]])
    yield "scientific_small", torch.tensor([1e-5, 1.0, 2.5])
    yield "scientific_large_ratio", torch.tensor([1.0, 12345.0, 0.5])
    yield "scientific_huge", torch.tensor([1e9, 2.0])
    yield "int_mode_large_ratio", torch.tensor([1.0, 5000.0])
    yield "nan_inf", torch.tensor([float("nan"), float("inf"), -float("inf"), 1.5])
    yield "nan_inf_int_mode", torch.tensor([float("nan"), 1.0, -float("inf")])
    yield "all_zero", torch.zeros(3)
    yield "negative_zero", torch.tensor([-0.0, 1.5])
    yield "scalar_0d", torch.tensor(3.5)
    yield "scalar_0d_int", torch.tensor(7)
    yield "int64", torch.tensor([[1, -20, 300], [4, 5, 6]])
    yield "bool", torch.tensor([True, False, True])
    yield "float64", torch.tensor([1.5, 2.25], dtype=torch.float64)
    yield "float64_ints", torch.tensor([1.0, 2.0], dtype=torch.float64)
    yield "random_3d", torch.rand(2, 3, 4)
    yield "randn_wide_row", torch.randn(30)
    yield "wide_int_row", torch.arange(40) * 1000
    yield "summarised_1d", torch.arange(2000).float() / 7
    yield "summarised_2d", torch.arange(3000).reshape(50, 60)
    yield "summarised_3d", torch.randn(20, 10, 10)
    yield "empty_1d", torch.tensor([])
    yield "empty_2d", torch.zeros(0, 3)
    yield "empty_int", torch.zeros(0, dtype=torch.int64)
    yield "div_int_by_int", torch.tensor([1, 2, 3]) / 2
    yield "int_plus_float_scalar", torch.tensor([1, 2]) + 0.5


def element_text(t, value):
    if t.dtype.is_floating_point:
        return float(value).hex()
    return str(int(value))


with OUT.open("w") as out:
    for name, t in cases():
        flat = t.reshape(-1).tolist()
        out.write(f"### {name}\n")
        out.write(f"dtype {str(t.dtype).replace('torch.', '')}\n")
        out.write("shape " + " ".join(str(s) for s in t.shape) + "\n")
        out.write("values " + " ".join(element_text(t, v) for v in flat) + "\n")
        out.write(str(t) + "\n")
print(f"wrote {OUT}")
