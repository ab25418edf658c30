package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;
import dev.torchlet.engine.autograd.Node;

/**
 * Derivatives of the ops that are not element-wise (element-wise ops declare theirs in
 * {@link UnaryOp} and {@link BinaryOp}), in terms of other tensor operations (so any backend that
 * runs the forward ops runs the backward ones too), and the recording helpers all of them use.
 * Each method attaches a PyTorch-named grad_fn to an op's result when an input requires grad.
 */
final class Derivatives {
    private Derivatives() {
    }

    /** Records a node whose rule needs only shapes and constants. */
    static Tensor record(Tensor result, String name, Node.Rule rule, Tensor... inputs) {
        return Graph.record(result, name, rule, inputs);
    }

    /** Records a node whose rule reads its inputs, saved from the forward pass. */
    static Tensor recordSaving(Tensor result, String name, Node.Rule rule, Tensor... inputs) {
        return Graph.record(result, name, inputs, rule, inputs);
    }

    /** The tensors a binary op's rule reads: each input is needed only for the other input's gradient (PyTorch saves by need). */
    static Tensor[] savedByNeed(Tensor a, Tensor b) {
        boolean needA = b.requiresGrad();
        boolean needB = a.requiresGrad();
        return needA && needB ? new Tensor[] {a, b} : needA ? new Tensor[] {a} : new Tensor[] {b};
    }

    /** PyTorch saves a Python number operand as a 0-dim "wrapped number" tensor (freed with the graph). */
    static Tensor[] wrapped(Scalar c) {
        return new Tensor[] {Torch.full(new long[0], c, c.category())};
    }

    /** The node of a unary function: its declared grad_fn, saved tensor and derivative ({@link UnaryOp}). */
    static Tensor unary(UnaryOp op, Tensor r, Tensor a) {
        Tensor[] saved = switch (op.saved()) {
            case INPUT -> new Tensor[] {a};
            case RESULT -> new Tensor[] {r};
            case NOTHING -> new Tensor[0];
        };
        return Graph.record(r, op.gradFnName(), saved, g -> new Tensor[] {op.gradient(g, r, a)}, a);
    }

    static Tensor neg(Tensor result, Tensor a) {
        return record(result, "NegBackward0", g -> new Tensor[] {g.neg()}, a);
    }

    static Tensor sum(Tensor result, Tensor a, int[] dims, boolean keepdim) {
        return record(result, dims == null ? "SumBackward0" : "SumBackward1",
                g -> new Tensor[] {expandBack(g, a, dims, keepdim)}, a);
    }

    static Tensor mean(Tensor result, Tensor a, int[] dims, boolean keepdim) {
        long count = Reductions.reducedCount(a, Reductions.reducedDims(a, dims));
        return record(result, dims == null ? "MeanBackward0" : "MeanBackward1",
                g -> new Tensor[] {expandBack(g, a, dims, keepdim).div(Scalar.of(count))}, a);
    }

    static Tensor view(Tensor result, Tensor a, String name) {
        return record(result, name, g -> new Tensor[] {g.reshape(a.shape())}, a);
    }

    static Tensor select(Tensor result, Tensor a, int dim, long index) {
        long[] shape = a.shape();
        return record(result, "SelectBackward0",
                g -> new Tensor[] {embed(g, shape, "SelectBackwardBackward0", whole -> whole.select(dim, index))}, a);
    }

    static Tensor slice(Tensor result, Tensor a, int dim, Long start, Long stop, long step) {
        long[] shape = a.shape();
        return record(result, "SliceBackward0",
                g -> new Tensor[] {embed(g, shape, "SliceBackwardBackward0", whole -> whole.slice(dim, start, stop, step))}, a);
    }

    /** What the backward of a view needs from a tensor of the base's shape: the viewed part. */
    interface ViewOf {
        Tensor of(Tensor whole);
    }

    /**
     * The gradient of a view, placed into zeros of the base's shape. Recorded itself (its derivative
     * is the same view), so create_graph can differentiate through view backwards.
     */
    static Tensor embed(Tensor g, long[] baseShape, String name, ViewOf view) {
        Tensor grad = Torch.full(baseShape, Scalar.of(0L), g.dtype(), g.device());
        view.of(grad).copyValuesFrom(g);
        return record(grad, name, gg -> new Tensor[] {view.of(gg)}, g);
    }

    static Tensor transpose(Tensor result, Tensor a, int dim0, int dim1, String name) {
        return record(result, name, g -> new Tensor[] {g.transpose(dim0, dim1)}, a);
    }

    static Tensor clone(Tensor result, Tensor a) {
        return record(result, "CloneBackward0", g -> new Tensor[] {g}, a);
    }

    static Tensor to(Tensor result, Tensor a) {
        return record(result, "ToCopyBackward0", g -> new Tensor[] {g.to(a.dtype())}, a);
    }

    static Tensor toDevice(Tensor result, Tensor a) {
        dev.torchlet.engine.device.Device source = a.device();
        return record(result, "ToCopyBackward0", g -> new Tensor[] {g.to(source)}, a);
    }

    static Tensor matmul(Tensor result, Tensor a, Tensor b) {
        if (a.dim() == 1 && b.dim() == 1) {
            return recordSaving(result, "DotBackward0", g -> new Tensor[] {b.mul(g), a.mul(g)}, a, b);
        }
        if (b.dim() == 1) {
            return recordSaving(result, "MvBackward0", g -> new Tensor[] {outer(g, b), a.t().matmul(g)}, a, b);
        }
        if (a.dim() == 1) {
            return recordSaving(result, "SqueezeBackward1", g -> new Tensor[] {b.matmul(g), outer(a, g)}, a, b);
        }
        return recordSaving(result, "MmBackward0", g -> new Tensor[] {g.matmul(b.t()), a.t().matmul(g)}, a, b);
    }

    private static Tensor outer(Tensor u, Tensor v) {
        return u.view(u.size(0), 1).mul(v.view(1, v.size(0)));
    }

    /** Undo broadcasting: sum the gradient over the dimensions that {@code input} was expanded along. */
    static Tensor sumTo(Tensor grad, Tensor input) {
        return sumToShape(grad, input.shape());
    }

    static Tensor sumToShape(Tensor grad, long[] shape) {
        Tensor g = grad;
        while (g.dim() > shape.length) {
            g = g.sum(0, false);
        }
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 1 && g.size(d) != 1) {
                g = g.sum(d, true);
            }
        }
        return g;
    }

    /** The gradient of a reduction, spread back over the reduced elements. */
    private static Tensor expandBack(Tensor grad, Tensor input, Integer dim, boolean keepdim) {
        return expandBack(grad, input, dim == null ? null : new int[] {dim}, keepdim);
    }

    private static Tensor expandBack(Tensor grad, Tensor input, int[] dims, boolean keepdim) {
        Tensor g = grad;
        boolean[] reduced = Reductions.reducedDims(input, dims);
        if (reduced != null && !keepdim) {
            long[] kept = input.shape();
            for (int d = 0; d < kept.length; d++) {
                kept[d] = reduced[d] ? 1 : kept[d];
            }
            g = g.reshape(kept);
        }
        return Torch.full(input.shape(), Scalar.of(0L), grad.dtype(), grad.device()).add(g);
    }

    // ---- Issue #3 operations (grouped for merging): element-wise, shape, join, reduction and product rules ----

    /** PyTorch's placeholder node for ops without a derivative: the result requires grad, backward through it fails. */
    static Tensor notDifferentiable(Tensor result, String function, Tensor... inputs) {
        return record(result, "torch::autograd::NotImplemented", g -> {
            throw TorchException.runtime("derivative for aten::" + function + " is not implemented");
        }, inputs);
    }

    /** A view or copy with another shape (unsqueeze, squeeze, batched matmul's result): the gradient is reshaped back. */
    static Tensor reshaped(Tensor result, Tensor a, String name) {
        return record(result, name, g -> new Tensor[] {g.reshape(a.shape())}, a);
    }

    static Tensor permute(Tensor result, Tensor a, int[] order) {
        int[] inverse = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            inverse[order[i]] = i;
        }
        return record(result, "PermuteBackward0", g -> new Tensor[] {ShapeOps.permute(g, inverse)}, a);
    }

    static Tensor expand(Tensor result, Tensor a) {
        return record(result, "ExpandBackward0", g -> new Tensor[] {sumTo(g, a).reshape(a.shape())}, a);
    }

    static Tensor repeat(Tensor result, Tensor a, long[] padded, long[] repeats) {
        return record(result, "RepeatBackward0", g -> {
            long[] interleaved = new long[2 * repeats.length];
            for (int i = 0; i < repeats.length; i++) {
                interleaved[2 * i] = repeats[i];
                interleaved[2 * i + 1] = padded[i];
            }
            Tensor grad = g.reshape(interleaved);
            for (int i = repeats.length - 1; i >= 0; i--) {
                grad = grad.sum(2 * i, false);
            }
            return new Tensor[] {grad.reshape(a.shape())};
        }, a);
    }

    static Tensor flip(Tensor result, Tensor a, int[] dims) {
        return record(result, "FlipBackward0", g -> new Tensor[] {ShapeOps.flip(g, dims)}, a);
    }

    static Tensor triangle(Tensor result, Tensor a, long diagonal, boolean lower) {
        return record(result, lower ? "TrilBackward0" : "TriuBackward0",
                g -> new Tensor[] {lower ? ShapeOps.tril(g, diagonal) : ShapeOps.triu(g, diagonal)}, a);
    }

    static Tensor diag(Tensor result, Tensor a, long diagonal) {
        return record(result, "DiagBackward0", g -> {
            if (a.dim() == 1) {
                return new Tensor[] {ShapeOps.diag(g, diagonal)};
            }
            return new Tensor[] {embed(g, a.shape(), "DiagBackwardBackward0", whole -> diagonal(whole, diagonal))};
        }, a);
    }

    /** A matrix's diagonal as a view (PyTorch's {@code diagonal}), differentiable to any order. */
    static Tensor diagonal(Tensor m, long diagonal) {
        long[] shape = m.shape();
        return record(ShapeOps.diagonalView(m, diagonal), "DiagonalBackward0",
                g -> new Tensor[] {embed(g, shape, "DiagBackwardBackward0", whole -> diagonal(whole, diagonal))}, m);
    }

    static Tensor cat(Tensor result, Tensor[] inputs, int dim, long[] sizes) {
        return record(result, "CatBackward0", g -> {
            Tensor[] grads = new Tensor[inputs.length];
            long at = 0;
            for (int i = 0; i < inputs.length; i++) {
                grads[i] = sizes[i] == 0 && inputs[i].dim() != g.dim() ? null : Joins.narrow(g, dim, at, sizes[i]);
                at += sizes[i];
            }
            return grads;
        }, inputs);
    }

    static Tensor stack(Tensor result, Tensor[] inputs, int dim) {
        return record(result, "StackBackward0", g -> {
            Tensor[] grads = new Tensor[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                grads[i] = g.select(dim, i);
            }
            return grads;
        }, inputs);
    }

    /** A piece of {@code a} along {@code dim} from {@code start}: its gradient lands in that slot of zeros. */
    static Tensor narrowed(Tensor result, Tensor a, int dim, long start, String name) {
        long length = result.size(dim);
        // Embedded through a recorded node, so create_graph differentiates this backward too.
        String twice = name.substring(0, name.length() - 1) + "Backward0"; // SplitBackward0 → SplitBackwardBackward0
        return record(result, name, g -> new Tensor[] {embed(g, a.shape(), twice, whole -> whole.slice(dim, start, start + length, 1))},
                a);
    }

    /** max()/min() of everything: the gradient is shared evenly by every element equal to the result. */
    static Tensor extremum(Tensor result, Tensor a, String name) {
        return recordSaving(result, name, g -> {
            Tensor mask = Comparisons.eq(a, result).to(g.dtype());
            return new Tensor[] {mask.mul(g).div(mask.sum())};
        }, a);
    }

    /** max/min along a dimension, sort, topk: each gradient element goes back to the position its index names. */
    static Tensor selectedAlong(Tensor values, Tensor a, int dim, Tensor indices, boolean keepdim, String name) {
        return recordSaving(values, name, g -> {
            Tensor grad = keepdim || a.dim() == 0 ? g : ShapeOps.unsqueeze(g, dim);
            Tensor where = keepdim || a.dim() == 0 ? indices : ShapeOps.unsqueeze(indices, dim);
            return new Tensor[] {Extrema.spreadBack(a.shape(), dim, grad, where)};
        }, a);
    }

    static Tensor prod(Tensor result, Tensor a, Integer dim, boolean keepdim) {
        return recordSaving(result, dim == null ? "ProdBackward0" : "ProdBackward1",
                g -> new Tensor[] {expandBack(g, a, dim, keepdim).mul(Statistics.productOfOthers(a, dim))}, a);
    }

    static Tensor variance(Tensor result, Tensor a, Integer dim, long correction, boolean keepdim, boolean isStd) {
        return recordSaving(result, isStd ? "StdBackward0" : "VarBackward0", g -> {
            long n = dim == null ? a.numel() : a.size(dim);
            Tensor deviation = a.sub(dim == null ? a.mean() : a.mean(dim, true));
            Tensor spread = expandBack(g, a, dim, keepdim).mul(deviation).div(Scalar.of(Math.max(0, n - correction)));
            return new Tensor[] {isStd ? spread.div(expandBack(result, a, dim, keepdim)) : spread.mul(Scalar.of(2L))};
        }, a);
    }

    static Tensor norm(Tensor result, Tensor a, double p, Integer dim, boolean keepdim, String gradFn) {
        return recordSaving(result, gradFn, g -> {
            Tensor spreadGrad = expandBack(g, a, dim, keepdim);
            Tensor norm = expandBack(result, a, dim, keepdim);
            Tensor local;
            if (Double.isInfinite(p)) {
                Tensor mask = Comparisons.eq(a.unary(UnaryOp.ABS), norm).to(g.dtype());
                Tensor count = dim == null ? mask.sum() : mask.sum(dim, true);
                local = a.unary(UnaryOp.SIGN).mul(mask).div(count);
            } else if (p == 1) {
                local = a.unary(UnaryOp.SIGN);
            } else if (p == 0) {
                local = a.mul(Scalar.of(0L));
            } else {
                // d‖a‖/da = a·|a|^(p−2) / ‖a‖^(p−1), taken as 0 where the norm is 0.
                local = a.device().isCpu() ? ElementwiseMap.mapDouble(g.dtype(), v -> v[1] == 0 ? 0 : v[0] / v[1],
                        a.mul(a.unary(UnaryOp.ABS).pow(Scalar.of(p - 2))), norm.pow(Scalar.of(p - 1)))
                        : normDerivativeOnDevice(a, norm, p);
            }
            return new Tensor[] {spreadGrad.mul(local)};
        }, a);
    }

    /**
     * a·|a|^(p−2) / ‖a‖^(p−1) from element-wise kernels, 0 where the norm is 0: there every element
     * is 0, so they are read as ones (no 0·inf) and the quotient is multiplied by zero.
     */
    private static Tensor normDerivativeOnDevice(Tensor a, Tensor norm, double p) {
        Tensor zeroNorm = Comparisons.compare(Comparisons.Comparison.EQ, norm, Scalar.of(0L)).to(a.dtype());
        Tensor safe = a.add(zeroNorm);
        Tensor quotient = safe.mul(safe.unary(UnaryOp.ABS).pow(Scalar.of(p - 2))).div(norm.add(zeroNorm).pow(Scalar.of(p - 1)));
        return quotient.mul(zeroNorm.rsub(Scalar.of(1L)));
    }

    static Tensor logsumexp(Tensor result, Tensor a, int dim, boolean keepdim) {
        return recordSaving(result, "LogsumexpBackward0",
                g -> new Tensor[] {expandBack(g, a, dim, keepdim).mul(a.sub(expandBack(result, a, dim, keepdim)).unary(UnaryOp.EXP))}, a);
    }

    static Tensor cumsum(Tensor result, Tensor a, int dim) {
        return record(result, "CumsumBackward0", g -> new Tensor[] {ShapeOps.flip(Scans.cumsum(ShapeOps.flip(g, dim), dim), dim)}, a);
    }

    static Tensor cumprod(Tensor result, Tensor a, int dim) {
        return recordSaving(result, "CumprodBackward0", g -> new Tensor[] {Scans.cumprodGrad(a, g, dim)}, a);
    }

    static Tensor clamp(Tensor result, Tensor a, Scalar min, Scalar max, String gradFn) {
        return recordSaving(result, gradFn, g -> {
            // PyTorch's rule: the gradient where min <= a <= max (compared in a's dtype), zero elsewhere and at NaN.
            Tensor inside = min == null ? null : Comparisons.compare(Comparisons.Comparison.GE, a, min);
            if (max != null) {
                Tensor below = Comparisons.compare(Comparisons.Comparison.LE, a, max);
                inside = inside == null ? below : inside.mul(below);
            }
            return new Tensor[] {Torch.where(inside, g, Torch.full(new long[0], Scalar.of(0L), g.dtype()))};
        }, a);
    }

    static Tensor lerp(Tensor result, Tensor start, Tensor end, Scalar weight, Tensor weights) {
        if (weights == null) {
            return recordSaving(result, "LerpBackward0", g -> new Tensor[] {
                sumTo(g.mul(Scalar.of(1 - weight.doubleValue())), start), sumTo(g.mul(weight), end)}, start, end);
        }
        return recordSaving(result, "LerpBackward1", g -> new Tensor[] {
            sumTo(g.mul(weights.rsub(Scalar.of(1L))), start), sumTo(g.mul(weights), end), sumTo(g.mul(end.sub(start)), weights)},
                start, end, weights);
    }

    static Tensor bmm(Tensor result, Tensor a, Tensor b) {
        return recordSaving(result, "BmmBackward0", g -> new Tensor[] {
            BatchedProducts.bmm(g, b.transpose(1, 2)), BatchedProducts.bmm(a.transpose(1, 2), g)}, a, b);
    }
}
