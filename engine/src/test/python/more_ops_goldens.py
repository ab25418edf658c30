#!/usr/bin/python3
"""Writes goldens/more_ops.txt: issue #3's operations (comparisons, reductions, shape ops, joins,
creation, element-wise functions, batched products) and their gradients, as real PyTorch prints them.

Run with Debian's python3-torch:  /usr/bin/python3 engine/src/test/python/more_ops_goldens.py
MoreOpsGoldenTest computes the case of the same name with the Java API and compares the text.
A (values, indices) result is written as its two tensors on two lines; a list of tensors one per
line; a gradient case as the grad_fn name of the result and then the input's .grad; an error case
as "ExceptionClass: message".
"""
import pathlib
import torch

OUT = pathlib.Path(__file__).resolve().parent.parent / "resources" / "goldens" / "more_ops.txt"


def a():
    return torch.tensor([[1.5, -2.0, 3.25], [0.1, 3.25, -0.3]])


def b():
    return torch.tensor([[0.5, -2.0, 4.0], [0.1, 1.0, -1.0]])


def v():
    return torch.tensor([1.0, 2.0, 3.0])


def ints():
    return torch.tensor([[1, 2, 3], [4, 5, 6]])


def cube():
    return torch.arange(24.0).reshape(2, 3, 4)


def pair(r):
    return str(r[0]) + "\n" + str(r[1])


def pieces(ts):
    return "\n".join(str(t) for t in ts)


def grad(f, *inputs):
    """grad_fn of f(*leaves) and each leaf's gradient after backward with weights 1, 2, 3, … (row-major)."""
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
    # comparisons and logical ops
    "eq_tensors": lambda: a() == b(),
    "lt_broadcast": lambda: a() < v(),
    "ge_scalar": lambda: a() >= 1.5,
    "ne_int_float_scalar": lambda: ints() != 2.0,
    "gt_int_tensors": lambda: ints() > torch.tensor([2, 2, 7]),
    "le_float32_vs_double_scalar": lambda: torch.tensor([0.1, 0.2]) <= 0.1,
    "accuracy_idiom": lambda: (a().argmax(1) == torch.tensor([2, 1])).float().mean(),
    "logical_and": lambda: torch.logical_and(a() > 0, b() > 0),
    "logical_or_numbers": lambda: torch.logical_or(ints() - 2, torch.zeros(3)),
    "logical_xor": lambda: torch.logical_xor(a() > 0, b() > 0),
    "logical_not": lambda: torch.logical_not(a() > 0),
    "bitwise_and_bool": lambda: (a() > 0) & (b() > 0),
    "bitwise_or_int": lambda: ints() | 8,
    "bitwise_xor_int": lambda: ints() ^ ints().flip(1),
    "bitwise_not_bool": lambda: ~(a() > 0),
    "bitwise_not_int": lambda: ~ints(),
    "bitwise_and_float_error": lambda: error(lambda: a() & b()),
    "invert_float_error": lambda: error(lambda: ~a()),
    "eq_shape_error": lambda: error(lambda: a() == torch.ones(4)),
    # reductions
    "max_all": lambda: a().max(),
    "min_all_int": lambda: ints().min(),
    "max_dim1": lambda: pair(a().max(1)),
    "min_dim0_keepdim": lambda: pair(a().min(0, keepdim=True)),
    "max_ties_first_index": lambda: pair(torch.tensor([[1, 3, 3], [2, 2, 1]]).max(1)),
    "max_nan": lambda: pair(torch.tensor([[1.0, float("nan"), 3.0]]).max(1)),
    "argmax_all": lambda: a().argmax(),
    "argmax_dim": lambda: a().argmax(1),
    "argmin_dim_keepdim": lambda: a().argmin(0, keepdim=True),
    "prod_all": lambda: a().prod(),
    "prod_dim_int": lambda: ints().prod(1),
    "std_all": lambda: a().std(),
    "std_dim_biased": lambda: a().std(1, unbiased=False),
    "var_dim_keepdim": lambda: a().var(0, keepdim=True),
    "var_correction_0": lambda: a().var(1, correction=0),
    "norm_all": lambda: a().norm(),
    "norm_p1_dim": lambda: a().norm(1, dim=1),
    "norm_inf": lambda: a().norm(float("inf")),
    "logsumexp_dim": lambda: a().logsumexp(1),
    "cumsum_dim1": lambda: a().cumsum(1),
    "cumsum_int": lambda: ints().cumsum(0),
    "cumprod_dim1": lambda: a().cumprod(1),
    "any_all": lambda: pair(((a() > 3).any(), (a() > -3).all())),
    "any_dim": lambda: (a() > 3).any(1),
    "all_dim_keepdim": lambda: (a() > -1).all(0, keepdim=True),
    "sort_dim1": lambda: pair(a().sort(1)),
    "sort_descending_dim0": lambda: pair(a().sort(0, descending=True)),
    "sort_stable_ties": lambda: pair(torch.tensor([3, 1, 3, 1, 2]).sort()),
    "argsort": lambda: a().argsort(1),
    "topk_2": lambda: pair(a().topk(2)),
    "topk_smallest_dim0": lambda: pair(a().topk(1, dim=0, largest=False)),
    "max_empty_error": lambda: error(lambda: torch.ones(0).max()),
    "std_int_error": lambda: error(lambda: ints().std()),
    "topk_range_error": lambda: error(lambda: v().topk(4)),
    # shape ops
    "unsqueeze_0": lambda: a().unsqueeze(0),
    "unsqueeze_last_shape": lambda: str(a().unsqueeze(-1).shape) + " " + str(a().unsqueeze(-1).stride()),
    "squeeze_all": lambda: torch.ones(1, 3, 1).squeeze().shape,
    "squeeze_dim": lambda: torch.ones(1, 3, 1).squeeze(2).shape,
    "permute": lambda: cube().permute(2, 0, 1),
    "permute_strides": lambda: cube().permute(2, 0, 1).stride(),
    "expand": lambda: v().expand(2, 3),
    "expand_minus_one": lambda: torch.tensor([[1.0], [2.0]]).expand(-1, 3),
    "expand_strides": lambda: torch.tensor([[1.0], [2.0]]).expand(2, 2, 3).stride(),
    "flatten": lambda: cube().flatten(),
    "flatten_middle": lambda: cube().flatten(1).shape,
    "repeat": lambda: a().repeat(2, 1),
    "repeat_more_dims": lambda: v().repeat(2, 2),
    "flip": lambda: a().flip(1),
    "flip_two_dims": lambda: cube().flip(0, 2),
    "tril": lambda: cube()[0].tril(),
    "triu_offset": lambda: cube()[1].triu(1),
    "tril_negative": lambda: torch.ones(3, 3).tril(-1),
    "diag_vector": lambda: v().diag(),
    "diag_vector_offset": lambda: v().diag(1),
    "diag_matrix": lambda: cube()[0].diag(),
    "diag_matrix_negative": lambda: cube()[0].diag(-1),
    "permute_error": lambda: error(lambda: a().permute(1, 0, 2)),
    "expand_error": lambda: error(lambda: v().expand(2, 4)),
    "unsqueeze_error": lambda: error(lambda: a().unsqueeze(3)),
    # joins
    "cat_dim0": lambda: torch.cat([a(), b()]),
    "cat_dim1": lambda: torch.cat([a(), b(), a()], 1),
    "cat_promotes": lambda: torch.cat([ints(), a()]),
    "stack_dim0": lambda: torch.stack([v(), v() * 2]),
    "stack_dim1": lambda: torch.stack([a(), b()], 1),
    "split_size": lambda: pieces(cube().split(2, 2)),
    "split_sizes": lambda: pieces(a().split([1, 2], 1)),
    "chunk": lambda: pieces(torch.arange(5).chunk(3)),
    "cat_size_error": lambda: error(lambda: torch.cat([a(), torch.ones(3, 3)], 1)),
    "cat_dims_error": lambda: error(lambda: torch.cat([a(), v()])),
    "stack_size_error": lambda: error(lambda: torch.stack([a(), v()])),
    # creation
    "eye": lambda: torch.eye(3),
    "eye_rect_int": lambda: torch.eye(2, 3, dtype=torch.int64),
    "linspace": lambda: torch.linspace(0, 1, 5),
    "linspace_thirds": lambda: torch.linspace(-1, 2, 7),
    "linspace_double": lambda: torch.linspace(0, 1, 4, dtype=torch.float64),
    "logspace": lambda: torch.logspace(0, 3, 4),
    "logspace_base2": lambda: torch.logspace(0, 4, 5, base=2),
    "zeros_like": lambda: torch.zeros_like(ints()),
    "ones_like_dtype": lambda: torch.ones_like(ints(), dtype=torch.float32),
    "full_like": lambda: torch.full_like(a(), 7),
    # element-wise
    "reciprocal": lambda: b().reciprocal(),
    "rsqrt": lambda: v().rsqrt(),
    "expm1": lambda: a().expm1(),
    "log1p": lambda: v().log1p(),
    "log2": lambda: v().log2(),
    "log10": lambda: torch.tensor([1.0, 10.0, 1000.0, 2.0]).log10(),
    "tan": lambda: a().tan(),
    "asin": lambda: torch.tensor([-1.0, -0.5, 0.0, 0.25, 1.0]).asin(),
    "acos": lambda: torch.tensor([-1.0, -0.5, 0.0, 0.25, 1.0]).acos(),
    "atan": lambda: a().atan(),
    "sinh": lambda: a().sinh(),
    "cosh": lambda: a().cosh(),
    "erf": lambda: torch.tensor([-3.0, -1.0, -0.3, 0.0, 0.5, 1.0, 2.5, 7.0]).erf(),
    "floor": lambda: a().floor(),
    "ceil": lambda: a().ceil(),
    "round_half_even": lambda: torch.tensor([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.6, -0.2]).round(),
    "trunc": lambda: a().trunc(),
    "frac": lambda: a().frac(),
    "square": lambda: a().square(),
    "square_int": lambda: ints().square(),
    "floor_int_identity": lambda: ints().floor(),
    "reciprocal_int": lambda: ints().reciprocal(),
    "clamp": lambda: a().clamp(-1, 2),
    "clamp_min": lambda: a().clamp(min=0),
    "clamp_max_int": lambda: ints().clamp(max=4),
    "clamp_int_float_bounds": lambda: ints().clamp(1.5, 4.5),
    "clamp_none_error": lambda: error(lambda: a().clamp()),
    "atan2": lambda: torch.atan2(a(), b()),
    "fmod": lambda: torch.tensor([-3.0, -1.5, 2.0, 5.5]).fmod(2),
    "fmod_int_negative": lambda: torch.tensor([-7, 7, -7, 7]).fmod(torch.tensor([3, 3, -3, -3])),
    "remainder": lambda: torch.tensor([-3.0, -1.5, 2.0, 5.5]) % 2,
    "remainder_negative_divisor": lambda: torch.tensor([-3.0, -1.5, 2.0, 5.5]) % -2,
    "remainder_int": lambda: torch.tensor([-7, 7, -7, 7]) % torch.tensor([3, 3, -3, -3]),
    "floor_divide": lambda: torch.tensor([-3.0, -1.5, 2.0, 5.5]) // 2,
    "floor_divide_int": lambda: torch.tensor([-7, 7, -7, 7]) // torch.tensor([3, 3, -3, -3]),
    "floor_divide_by_zero_float": lambda: torch.tensor([1.0, -1.0, 0.0]) // 0,
    "remainder_int_zero_error": lambda: error(lambda: ints() % 0),
    "maximum": lambda: torch.maximum(a(), b()),
    "minimum_broadcast": lambda: torch.minimum(a(), v()),
    "maximum_nan": lambda: torch.maximum(torch.tensor([1.0, float("nan")]), torch.tensor([2.0, 0.0])),
    "lerp_scalar": lambda: a().lerp(b(), 0.3),
    "lerp_scalar_high": lambda: a().lerp(b(), 0.75),
    "lerp_tensor_weight": lambda: a().lerp(b(), torch.tensor([0.0, 0.5, 1.0])),
    # products
    "bmm": lambda: cube().bmm(cube().transpose(1, 2)),
    "matmul_3d_3d": lambda: cube() @ cube().transpose(1, 2),
    "matmul_3d_2d": lambda: cube() @ torch.ones(4, 2),
    "matmul_2d_3d": lambda: a() @ cube(),
    "matmul_3d_1d": lambda: cube() @ torch.tensor([1.0, 0.0, -1.0, 2.0]),
    "matmul_1d_3d": lambda: v() @ cube(),
    "matmul_broadcast_batch": lambda: cube().reshape(2, 1, 3, 4) @ torch.ones(3, 4, 2),
    "mv": lambda: a().mv(v()),
    "dot": lambda: v().dot(torch.tensor([4.0, -5.0, 6.0])),
    "outer": lambda: v().outer(torch.tensor([1.0, -1.0])),
    "bmm_error": lambda: error(lambda: cube().bmm(cube())),
    "matmul_batch_error": lambda: error(lambda: torch.ones(2, 3, 4) @ torch.ones(3, 4, 4)),
    "dot_error": lambda: error(lambda: a().dot(a())),
    "mv_error": lambda: error(lambda: a().mv(torch.ones(4))),
    # gradients (float64 leaves; backward with weights 1, 2, 3, …)
    "grad_max_all": lambda: grad(lambda x: x.max(), torch.tensor([[1.0, 3.0], [3.0, 2.0]])),
    "grad_max_dim": lambda: grad(lambda x: x.max(1)[0], a()),
    "grad_min_dim_keepdim": lambda: grad(lambda x: x.min(0, keepdim=True)[0], a()),
    "grad_sort": lambda: grad(lambda x: x.sort(1)[0], a()),
    "grad_topk": lambda: grad(lambda x: x.topk(2)[0], a()),
    "grad_prod": lambda: grad(lambda x: x.prod(1), torch.tensor([[1.5, 0.0, 2.0], [2.0, 3.0, 4.0]])),
    "grad_prod_all": lambda: grad(lambda x: x.prod(), a()),
    "grad_std": lambda: grad(lambda x: x.std(1), a()),
    "grad_var": lambda: grad(lambda x: x.var(), a()),
    "grad_norm": lambda: grad(lambda x: x.norm(), a()),
    "grad_norm_dim": lambda: grad(lambda x: x.norm(dim=0), a()),
    "grad_logsumexp": lambda: grad(lambda x: x.logsumexp(1), a()),
    "grad_cumsum": lambda: grad(lambda x: x.cumsum(1), a()),
    "grad_cumprod": lambda: grad(lambda x: x.cumprod(1), torch.tensor([[1.5, 0.0, 2.0], [2.0, 3.0, 4.0]])),
    "grad_unsqueeze": lambda: grad(lambda x: x.unsqueeze(1), a()),
    "grad_squeeze": lambda: grad(lambda x: x.unsqueeze(0).squeeze(), a()),
    "grad_permute": lambda: grad(lambda x: x.permute(2, 0, 1), cube()),
    "grad_expand": lambda: grad(lambda x: x.expand(2, 2, 3), v()),
    "grad_repeat": lambda: grad(lambda x: x.repeat(2, 2), v()),
    "grad_flip": lambda: grad(lambda x: x.flip(1), a()),
    "grad_tril": lambda: grad(lambda x: x.tril(), a()),
    "grad_diag_vector": lambda: grad(lambda x: x.diag(1), v()),
    "grad_diag_matrix": lambda: grad(lambda x: x.diag(), a()),
    "grad_cat": lambda: grad(lambda x, y: torch.cat([x, y, x], 1), a(), b()),
    "grad_stack": lambda: grad(lambda x, y: torch.stack([x, y], 2), a(), b()),
    "grad_split": lambda: grad(lambda x: x.split(2, 1)[1], a()),
    "grad_clamp": lambda: grad(lambda x: x.clamp(-1, 2), a()),
    "grad_maximum": lambda: grad(lambda x, y: torch.maximum(x, y), a(), b()),
    "grad_atan2": lambda: grad(lambda x, y: torch.atan2(x, y), a(), b()),
    "grad_fmod": lambda: grad(lambda x, y: x.fmod(y), a(), b()),
    "grad_remainder_scalar": lambda: grad(lambda x: x % 2, a()),
    "grad_lerp": lambda: grad(lambda x, y: x.lerp(y, 0.25), a(), b()),
    "grad_lerp_tensor": lambda: grad(lambda x, y, w: x.lerp(y, w), a(), b(), torch.tensor([0.0, 0.5, 1.0])),
    "grad_unary_chain": lambda: grad(lambda x: x.reciprocal() + x.atan() + x.sinh() + x.erf() + x.frac() + x.floor(), a()),
    "grad_unary_domain": lambda: grad(lambda x: x.asin() + x.acos() + x.log1p() + x.log2() + x.rsqrt() + x.tan() + x.expm1(),
                                      torch.tensor([0.1, 0.5, 0.9])),
    "grad_bmm": lambda: grad(lambda x, y: x.bmm(y), cube() / 10, torch.ones(2, 4, 2)),
    "grad_matmul_broadcast": lambda: grad(lambda x, y: x @ y, cube() / 10, torch.arange(8.0).reshape(4, 2)),
    "grad_matmul_1d_3d": lambda: grad(lambda x, y: x @ y, v(), cube()),
    "grad_mv": lambda: grad(lambda m, x: m.mv(x), a(), v()),
    "grad_outer": lambda: grad(lambda x, y: x.outer(y), v(), torch.tensor([1.0, -1.0])),
}

with OUT.open("w") as out:
    for name, case in CASES.items():
        out.write(f"### {name}\n" + str(case()) + "\n")
print(f"wrote {OUT} ({len(CASES)} cases)")
