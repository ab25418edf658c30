#!/usr/bin/python3
"""Writes goldens/ops.txt: results of element-wise ops as real PyTorch prints them.

Run with Debian's python3-torch:  /usr/bin/python3 engine/src/test/python/ops_goldens.py
ElementwiseOpsGoldenTest computes the case of the same name with the Java API and compares.
"""
import pathlib
import torch

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "goldens" / "ops.txt"

a = torch.tensor([[1.5, -2.0, 3.25], [0.1, 0.2, 0.3]])
b = torch.tensor([10.0, 20.0, 30.0])
i = torch.tensor([[1, 2, 3], [4, 5, 6]])
CASES = {
    "ones_plus_one": torch.ones(2, 2) + 1,
    "add_broadcast_row": a + b,
    "sub_broadcast_column": a - torch.tensor([[1.0], [2.0]]),
    "mul_float_tensors": a * a,
    "div_float_tensors": a / b,
    "int_plus_int_scalar": i + 2,
    "int_plus_float_scalar": i + 0.5,
    "int_div_int_scalar": i / 4,
    "int_times_int_tensor": i * i,
    "scalar_minus_tensor": 2 - a,
    "scalar_div_tensor": 1 / b,
    "neg_float": -a,
    "point_one_plus_point_two": torch.tensor([0.1]) + torch.tensor([0.2]),
    "float64_plus_float32": torch.tensor([0.1], dtype=torch.float64) + torch.tensor([0.2]),
    "bool_plus_int_scalar": torch.tensor([True, False]) + 1,
}

with OUT.open("w") as out:
    for name, t in CASES.items():
        out.write(f"### {name}\n{t}\n")
print(f"wrote {OUT}")
