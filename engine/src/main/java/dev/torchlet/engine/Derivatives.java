package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;
import dev.torchlet.engine.autograd.Node;

/**
 * Every differentiable operation's derivative, in one place and in terms of other tensor
 * operations (so any backend that runs the forward ops runs the backward ones too). Each
 * method attaches a PyTorch-named grad_fn to an op's result when an input requires grad.
 */
final class Derivatives {
    private Derivatives() {
    }

    /** Records a node whose rule needs only shapes and constants. */
    private static Tensor record(Tensor result, String name, Node.Rule rule, Tensor... inputs) {
        return Graph.record(result, name, rule, inputs);
    }

    /** Records a node whose rule reads its inputs, saved from the forward pass. */
    private static Tensor recordSaving(Tensor result, String name, Node.Rule rule, Tensor... inputs) {
        return Graph.record(result, name, inputs, rule, inputs);
    }

    /** Records a node whose rule reads its result (exp, tanh, sigmoid, …). */
    private static Tensor recordSavingResult(Tensor result, String name, Node.Rule rule, Tensor input) {
        return Graph.record(result, name, new Tensor[] {result}, rule, input);
    }

    /** The tensors a binary op's rule reads: each input is needed only for the other input's gradient (PyTorch saves by need). */
    private static Tensor[] savedByNeed(Tensor a, Tensor b) {
        boolean needA = b.requiresGrad();
        boolean needB = a.requiresGrad();
        return needA && needB ? new Tensor[] {a, b} : needA ? new Tensor[] {a} : new Tensor[] {b};
    }

    static Tensor binary(BinaryOp op, Tensor result, Tensor a, Tensor b) {
        return switch (op) {
            case ADD -> record(result, "AddBackward0", g -> new Tensor[] {sumTo(g, a), sumTo(g, b)}, a, b);
            case SUB -> record(result, "SubBackward0", g -> new Tensor[] {sumTo(g, a), sumTo(g.neg(), b)}, a, b);
            case MUL -> Graph.record(result, "MulBackward0", savedByNeed(a, b),
                    g -> new Tensor[] {sumTo(g.mul(b), a), sumTo(g.mul(a), b)}, a, b);
            case DIV -> recordSaving(result, "DivBackward0",
                    g -> new Tensor[] {sumTo(g.div(b), a), sumTo(g.neg().mul(a).div(b.mul(b)), b)}, a, b);
            case POW -> recordSaving(result, "PowBackward1", g -> new Tensor[] {
                sumTo(g.mul(b).mul(a.pow(b.sub(Scalar.of(1L)))), a), sumTo(g.mul(result).mul(a.unary(UnaryOp.LOG)), b)}, a, b);
        };
    }

    /** {@code a op c} with a Python number c, or {@code c op a} when reversed. */
    static Tensor scalar(BinaryOp op, Tensor result, Tensor a, Scalar c, boolean reversed) {
        // PyTorch wraps the number in a 0-d tensor, an input without gradient: next_functions shows (None, 0) for it.
        return switch (op) {
            case ADD -> record(result, "AddBackward0", g -> new Tensor[] {g, null}, a, null);
            case SUB -> reversed ? record(result, "RsubBackward1", g -> new Tensor[] {g.neg()}, a)
                    : record(result, "SubBackward0", g -> new Tensor[] {g, null}, a, null);
            case MUL -> Graph.record(result, "MulBackward0", wrapped(c), g -> new Tensor[] {g.mul(c), null}, a, null);
            case DIV -> reversed
                    ? recordSaving(result, "MulBackward0", g -> new Tensor[] {g.neg().mul(c).div(a.mul(a))}, a)
                    : Graph.record(result, "DivBackward0", wrapped(c), g -> new Tensor[] {g.div(c), null}, a, null);
            case POW -> reversed
                    ? Graph.record(result, "PowBackward1", new Tensor[] {result},
                            g -> new Tensor[] {null, g.mul(result).mul(Scalar.of(Math.log(c.doubleValue())))}, null, a)
                    : recordSaving(result, "PowBackward0",
                            g -> new Tensor[] {g.mul(c).mul(a.pow(Scalar.of(c.doubleValue() - 1)))}, a);
        };
    }

    /** PyTorch saves a Python number operand as a 0-dim "wrapped number" tensor (freed with the graph). */
    private static Tensor[] wrapped(Scalar c) {
        return new Tensor[] {Torch.full(new long[0], c, c.category())};
    }

    /** d/dx of each unary function, in terms of its input {@code a} and its output {@code r}. */
    static Tensor unary(UnaryOp op, Tensor r, Tensor a) {
        boolean readsResult = op == UnaryOp.EXP || op == UnaryOp.SQRT || op == UnaryOp.TANH || op == UnaryOp.SIGMOID
                || op == UnaryOp.RELU;
        Tensor[] saved = op == UnaryOp.SIGN ? new Tensor[0] : readsResult ? new Tensor[] {r} : new Tensor[] {a};
        return Graph.record(r, op.gradFnName(), saved, g -> new Tensor[] {switch (op) {
            case EXP -> g.mul(r);
            case LOG -> g.div(a);
            case SIN -> g.mul(a.unary(UnaryOp.COS));
            case COS -> g.neg().mul(a.unary(UnaryOp.SIN));
            case SQRT -> g.div(r.mul(Scalar.of(2L)));
            case TANH -> g.mul(r.mul(r).rsub(Scalar.of(1L)));
            case SIGMOID -> g.mul(r).mul(r.rsub(Scalar.of(1L)));
            case RELU -> g.mul(r.unary(UnaryOp.SIGN));
            case ABS -> g.mul(a.unary(UnaryOp.SIGN));
            case SIGN -> g.mul(Scalar.of(0L));
        }}, a);
    }

    static Tensor neg(Tensor result, Tensor a) {
        return record(result, "NegBackward0", g -> new Tensor[] {g.neg()}, a);
    }

    static Tensor sum(Tensor result, Tensor a, Integer dim, boolean keepdim) {
        return record(result, dim == null ? "SumBackward0" : "SumBackward1",
                g -> new Tensor[] {expandBack(g, a, dim, keepdim)}, a);
    }

    static Tensor mean(Tensor result, Tensor a, Integer dim, boolean keepdim) {
        long count = dim == null ? a.numel() : a.size(dim);
        return record(result, dim == null ? "MeanBackward0" : "MeanBackward1",
                g -> new Tensor[] {expandBack(g, a, dim, keepdim).div(Scalar.of(count))}, a);
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
        Tensor grad = Torch.full(baseShape, Scalar.of(0L), g.dtype());
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
    private static Tensor sumTo(Tensor grad, Tensor input) {
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
        Tensor g = grad;
        if (dim != null && !keepdim && input.dim() > 0) {
            long[] kept = input.shape();
            kept[input.wrapDim(dim)] = 1;
            g = g.reshape(kept);
        }
        return Torch.full(input.shape(), Scalar.of(0L), grad.dtype()).add(g);
    }
}
