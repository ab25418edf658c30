#!/usr/bin/python3
"""Writes goldens/order_linalg.txt: issue #3's trace, inverse, det, roll, unfold, broadcast_to,
meshgrid, median, mode and unique (values, views' strides, errors, grad_fns and gradients), as
real PyTorch prints them.

Run with Debian's python3-torch:  /usr/bin/python3 engine/src/test/python/order_linalg_goldens.py
OrderLinalgGoldenTest computes the case of the same name with the Java API and compares the text;
formats as in more_ops_goldens.py (pairs on two lines, "grad_fn name then .grad", "Error: message").
det's values are printed rounded to 4 decimals: PyTorch's LAPACK LU leaves last-bit noise that
Torchlet's exact elimination does not have.
"""
import pathlib
import torch

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "goldens" / "order_linalg.txt"


def m():
    return torch.tensor([[4.0, 7.0], [2.0, 6.0]])


def rows():
    return torch.tensor([[3.0, 1.0, 3.0, 2.0, 1.0], [5.0, 5.0, 4.0, 4.0, 0.0]])


def pair(r):
    return str(r[0]) + "\n" + str(r[1])


def grad(f, *inputs):
    leaves = [t.double().requires_grad_() for t in inputs]
    out = f(*leaves)
    name = out.grad_fn.name()
    out.backward(torch.arange(1.0, out.numel() + 1, dtype=torch.float64).reshape(out.shape))
    return name + "\n" + "\n".join(str(leaf.grad) for leaf in leaves)


def error(f):
    try:
        f()
    except Exception as e:  # noqa: BLE001 - the golden records whatever PyTorch raises
        return f"{type(e).__name__}: {e}"
    raise AssertionError("expected an error")


CASES = {
    "trace": lambda: torch.trace(m()),
    "trace_int_rectangular": lambda: torch.trace(torch.arange(6).reshape(2, 3)),
    "trace_error": lambda: error(lambda: torch.trace(torch.ones(3))),
    "inverse": lambda: torch.inverse(torch.tensor([[2.0, 1.0], [1.0, 1.0]])),
    "inverse_3x3_double": lambda: torch.inverse(torch.tensor([[2.0, 0.0, 1.0], [0.0, 4.0, 0.0], [1.0, 0.0, 1.0]],
                                                             dtype=torch.float64)),
    "inverse_int_error": lambda: error(lambda: torch.inverse(torch.ones(2, 2, dtype=torch.long))),
    "det_rounded": lambda: round(torch.det(m()).item(), 4),
    "det_3x3_rounded": lambda: round(torch.det(torch.tensor([[2.0, 0.0, 1.0], [1.0, 3.0, 0.0], [0.0, 1.0, 4.0]])).item(), 4),
    "det_shape_error": lambda: error(lambda: torch.det(torch.ones(2, 3))),
    "roll_flat": lambda: torch.arange(6).roll(2),
    "roll_negative": lambda: torch.arange(6).reshape(2, 3).roll(-1, 1),
    "roll_two_dims": lambda: torch.arange(6.0).reshape(2, 3).roll((1, -1), (0, 1)),
    "unfold": lambda: torch.arange(7.0).unfold(0, 3, 2),
    "unfold_strides": lambda: torch.arange(12).reshape(3, 4).unfold(1, 2, 1).stride(),
    "unfold_error": lambda: error(lambda: torch.ones(2, 3).unfold(1, 4, 1)),
    "broadcast_to": lambda: torch.tensor([1, 2, 3]).broadcast_to(2, 3),
    "broadcast_to_error": lambda: error(lambda: torch.ones(2, 3).broadcast_to(3, 3)),
    "meshgrid_ij": lambda: pair(torch.meshgrid(torch.tensor([1, 2]), torch.tensor([3, 4, 5]), indexing="ij")),
    "meshgrid_xy": lambda: pair(torch.meshgrid(torch.tensor([1, 2]), torch.tensor([3, 4, 5]), indexing="xy")),
    "median_all": lambda: rows().median(),
    "median_even": lambda: torch.tensor([1.0, 2.0, 3.0, 4.0]).median(),
    "median_dim": lambda: pair(torch.tensor([[1.0, 5.0, 3.0], [2.0, 0.0, 4.0]]).median(1)),
    "median_dim_keepdim": lambda: pair(torch.tensor([[1.0, 2.0], [3.0, 4.0]]).median(0, keepdim=True)),
    "mode_last_dim": lambda: pair(rows().mode()),
    "mode_dim0": lambda: pair(rows().mode(0)),
    "mode_int": lambda: pair(torch.tensor([[1, 1, 2], [3, 2, 2]]).mode(1)),
    "unique": lambda: torch.unique(torch.tensor([3, 1, 2, 3, 1])),
    "unique_inverse_counts": lambda: "\n".join(str(t) for t in torch.unique(torch.tensor([[2.0, 2.0], [0.0, 7.0]]),
                                                                             return_inverse=True, return_counts=True)),
    "grad_trace": lambda: grad(torch.trace, torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])),
    "grad_inverse": lambda: grad(torch.inverse, m()),
    "grad_roll": lambda: grad(lambda t: t.roll(1, 1), torch.ones(2, 3)),
    "grad_unfold_overlapping": lambda: grad(lambda t: t.unfold(0, 3, 1), torch.ones(5)),
    "grad_median": lambda: grad(lambda t: t.median(), torch.tensor([1.0, 5.0, 3.0, 5.0])),
    "grad_median_dim": lambda: grad(lambda t: t.median(1).values, torch.tensor([[1.0, 5.0, 3.0], [2.0, 0.0, 4.0]])),
    "grad_mode": lambda: grad(lambda t: t.mode(1).values, torch.tensor([[1.0, 5.0, 1.0], [2.0, 0.0, 2.0]])),
}

with OUT.open("w") as out:
    for name, case in CASES.items():
        out.write(f"### {name}\n" + str(case()) + "\n")
print(f"wrote {OUT} ({len(CASES)} cases)")
