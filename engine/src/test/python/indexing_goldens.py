#!/usr/bin/python3
"""Writes goldens/indexing.txt: indexing results (values, shape, strides of views) as real PyTorch gives them.

Run with Debian's python3-torch:  /usr/bin/python3 engine/src/test/python/indexing_goldens.py
IndexingGoldenTest builds each case with the Java API (Tensor.index/indexPut and the indexing
functions) and compares the printed tensor, and for views the strides and storage offset.
"""
import pathlib
import torch

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "goldens" / "indexing.txt"

x = torch.arange(24.0).reshape(2, 3, 4)
m = torch.tensor([True, False, True])


def put(key, value):
    y = x.clone()
    y[key] = value
    return y


def described(t):
    text = str(t)
    if t._base is not None:
        text += f"\nview stride={tuple(t.stride())} offset={t.storage_offset()}"
    return text


CASES = {
    "int": x[1],
    "negative_ints": x[-1, -2],
    "slice_step": x[:, 1:, ::3],
    "ellipsis": x[..., 2],
    "none": x[None, 0, :, None, 1],
    "int_tensor": x[torch.tensor([1, 0, 1])],
    "list_pair": x[[0, 1], [2, 0]],
    "adjacent_advanced_after_slice": x[:, [0, 2], [1, 3]],
    "separated_advanced_go_first": x[[0, 1], :, [1, 2]],
    "advanced_broadcast": x[torch.tensor([[0], [1]]), 1, torch.tensor([0, 3])],
    "mask_dim1": x[:, m],
    "mask_2d": x[0][torch.tensor([[True, False, False, True], [False] * 4, [True] * 4])],
    "mask_from_comparison": x[x > 17.5],
    "put_where_comparison": put(x < 3, -7.0),
    "put_int": put(0, -1.0),
    "put_slice_broadcast": put((slice(None), 1), torch.tensor([7.0, 8.0, 9.0, 10.0])),
    "put_advanced": put(([0, 1, 1], [2, 0, 0]), torch.tensor([100.0])),
    "put_mask": put((1, m), 0.5),
    "index_select": x.index_select(2, torch.tensor([3, 0])),
    "masked_select": x[0].masked_select(torch.tensor([True, False, True, False])),
    "masked_fill": x[1].masked_fill(m.reshape(3, 1), -2.5),
    "where": torch.where(m.reshape(3, 1), x[0], torch.tensor([0.5, 1.5, 2.5, 3.5])),
    "nonzero": torch.tensor([[0, 1, 0], [2, 0, 3]]).nonzero(),
    "gather": x[0].gather(1, torch.tensor([[3, 0], [1, 1], [2, 0]])),
    "scatter": torch.zeros(3, 4).scatter(1, torch.tensor([[0], [3], [1]]), x[1, :, :1]),
    "scatter_value": torch.zeros(2, 3).scatter(0, torch.tensor([[1, 0, 1]]), 4.0),
    "scatter_add": torch.ones(2, 4).scatter_add(1, torch.tensor([[0, 0, 3], [2, 2, 2]]), x[0, :2, :3]),
    "take": x.take(torch.tensor([[23, 0], [-1, 5]])),
}

with OUT.open("w") as out:
    for name, t in CASES.items():
        out.write(f"### {name}\n{described(t)}\n")
print(f"wrote {OUT}")
