package dev.torchlet.engine.nn;

import dev.torchlet.engine.Comparisons;
import dev.torchlet.engine.DType;
import dev.torchlet.engine.DeviceKernels;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Statistics;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.UnaryOp;
import dev.torchlet.engine.autograd.GradMode;
import dev.torchlet.engine.autograd.Graph;

/**
 * {@code torch.nn.functional}'s activations beyond the plain unary ops (relu, sigmoid and tanh are
 * {@link UnaryOp}s): each computes its forward untracked and records PyTorch's grad_fn.
 */
public final class Activations {
    private Activations() {
    }

    /** 1 where {@code x > 0}, else 0, in x's dtype. */
    private static Tensor positive(Tensor x) {
        return Comparisons.compare(Comparisons.Comparison.GT, x, Scalar.of(0L)).to(x.dtype());
    }

    public static Tensor softmax(Tensor x, int dim) {
        Tensor r = Untracked.compute(() -> {
            if (!x.device().isCpu()) {
                return DeviceKernels.softmax("softmax", x, dim);
            }
            Tensor shifted = x.sub(Statistics.logsumexp(x, dim, true));
            return shifted.unary(UnaryOp.EXP);
        });
        return Graph.record(r, "SoftmaxBackward0", new Tensor[] {r}, g -> new Tensor[] {fusedOnDevice(r, g)
                ? DeviceKernels.softmaxBackward("softmax", r, g, dim) : r.mul(g.sub(g.mul(r).sum(dim, true)))}, x);
    }

    /**
     * Whether a softmax backward runs as the device's one fused kernel: on an accelerator, float32,
     * and not differentiated again (create_graph records the formula's ops instead).
     */
    private static boolean fusedOnDevice(Tensor r, Tensor g) {
        return !r.device().isCpu() && r.device().equals(g.device()) && r.dtype() == DType.FLOAT32 && g.dtype() == DType.FLOAT32
                && !GradMode.isEnabled();
    }

    public static Tensor logSoftmax(Tensor x, int dim) {
        Tensor r = Untracked.compute(() -> !x.device().isCpu() ? DeviceKernels.softmax("log_softmax", x, dim)
                : x.sub(Statistics.logsumexp(x, dim, true)));
        return Graph.record(r, "LogSoftmaxBackward0", new Tensor[] {r}, g -> new Tensor[] {fusedOnDevice(r, g)
                ? DeviceKernels.softmaxBackward("log_softmax", r, g, dim) : g.sub(r.unary(UnaryOp.EXP).mul(g.sum(dim, true)))}, x);
    }

    /** {@code leaky_relu(x, negative_slope)}: x where positive, slope·x elsewhere. */
    public static Tensor leakyRelu(Tensor x, double slope) {
        Tensor r = Untracked.compute(() -> {
            Tensor pos = positive(x);
            return x.mul(pos.add(pos.rsub(Scalar.of(1L)).mul(Scalar.of(slope))));
        });
        return Graph.record(r, "LeakyReluBackward0", new Tensor[] {x}, g -> {
            Tensor pos = positive(x);
            return new Tensor[] {g.mul(pos.add(pos.rsub(Scalar.of(1L)).mul(Scalar.of(slope))))};
        }, x);
    }

    /**
     * {@code prelu(x, weight)}: x where positive, weight·x elsewhere, with one learnable slope or one
     * per channel (dim 1); PreluBackward0 gives the slopes the sum of g·x over the negative entries.
     */
    public static Tensor prelu(Tensor x, Tensor weight) {
        long channels = x.dim() >= 2 ? x.size(1) : 1;
        if (weight.numel() != 1 && weight.numel() != channels) {
            throw TorchException.runtime("Mismatch of parameter numbers and input channel size. Found parameter numbers = "
                    + weight.numel() + " and channel size = " + channels + ".");
        }
        long[] along = new long[Math.max(x.dim(), 1)];
        java.util.Arrays.fill(along, 1);
        if (weight.numel() != 1) {
            along[1] = channels;
        }
        Tensor slopes = weight.reshape(along);
        Tensor r = Untracked.compute(() -> {
            Tensor pos = positive(x);
            return x.mul(pos.add(pos.rsub(Scalar.of(1L)).mul(slopes)));
        });
        return Graph.record(r, "PreluBackward0", new Tensor[] {x}, g -> {
            Tensor pos = positive(x);
            Tensor negativePart = g.mul(x).mul(pos.rsub(Scalar.of(1L)));
            Tensor gradWeight = negativePart;
            for (int d = negativePart.dim() - 1; d >= 0; d--) {
                if (weight.numel() == 1 || d != 1) {
                    gradWeight = gradWeight.sum(d, false);
                }
            }
            return new Tensor[] {g.mul(pos.add(pos.rsub(Scalar.of(1L)).mul(slopes))), gradWeight.reshape(weight.shape())};
        }, x, weight);
    }

    /** {@code elu(x, alpha)}: x where positive, alpha·(eˣ − 1) elsewhere. */
    public static Tensor elu(Tensor x, double alpha) {
        return elu(x, alpha, 1.0);
    }

    /** elu with an output scale (selu is elu with PyTorch's fixed alpha and scale; grad_fn EluBackward0 for both). */
    public static Tensor elu(Tensor x, double alpha, double scale) {
        Tensor r = Untracked.compute(() -> {
            Tensor pos = positive(x);
            Tensor negative = x.unary(UnaryOp.EXPM1).mul(Scalar.of(alpha * scale));
            return choose(pos, scale == 1.0 ? x : x.mul(Scalar.of(scale)), negative);
        });
        return Graph.record(r, "EluBackward0", new Tensor[] {x}, g -> {
            Tensor pos = positive(x);
            Tensor slope = choose(pos, pos.mul(Scalar.of(scale)), x.unary(UnaryOp.EXP).mul(Scalar.of(alpha * scale)));
            return new Tensor[] {g.mul(slope)};
        }, x);
    }

    /** PyTorch's SELU constants. */
    private static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    private static final double SELU_SCALE = 1.0507009873554804934193349852946;

    public static Tensor selu(Tensor x) {
        return elu(x, SELU_ALPHA, SELU_SCALE);
    }

    /** {@code hardtanh(x, min, max)} (relu6 is hardtanh(0, 6)): clamped; the gradient flows only strictly inside. */
    public static Tensor hardtanh(Tensor x, double min, double max) {
        Tensor r = Untracked.compute(() -> dev.torchlet.engine.Clamping.clamp(x, Scalar.of(min), Scalar.of(max)));
        return Graph.record(r, "HardtanhBackward0", new Tensor[] {x}, g -> {
            Tensor inside = Comparisons.compare(Comparisons.Comparison.GT, x, Scalar.of(min))
                    .mul(Comparisons.compare(Comparisons.Comparison.LT, x, Scalar.of(max))).to(x.dtype());
            return new Tensor[] {g.mul(inside)};
        }, x);
    }

    /** {@code softplus(x, beta, threshold)}: log(1 + e^(βx))/β, or x itself where βx > threshold. */
    public static Tensor softplus(Tensor x, double beta, double threshold) {
        Tensor r = Untracked.compute(() -> {
            Tensor linear = Comparisons.compare(Comparisons.Comparison.GT, x.mul(Scalar.of(beta)), Scalar.of(threshold));
            Tensor smooth = x.mul(Scalar.of(beta)).unary(UnaryOp.EXP).unary(UnaryOp.LOG1P).div(Scalar.of(beta));
            return dev.torchlet.engine.Torch.where(linear, x, smooth);
        });
        return Graph.record(r, "SoftplusBackward0", new Tensor[] {x}, g -> {
            Tensor linear = Comparisons.compare(Comparisons.Comparison.GT, x.mul(Scalar.of(beta)), Scalar.of(threshold));
            Tensor slope = dev.torchlet.engine.Torch.where(linear, x.mul(Scalar.of(0L)).add(Scalar.of(1L)),
                    x.mul(Scalar.of(beta)).unary(UnaryOp.SIGMOID));
            return new Tensor[] {g.mul(slope)};
        }, x);
    }

    /** {@code gelu(x)} (approximate='none'): x·Φ(x) with the exact normal CDF. */
    public static Tensor gelu(Tensor x) {
        double invSqrt2 = 1 / Math.sqrt(2);
        Tensor r = Untracked.compute(() -> x.mul(x.mul(Scalar.of(invSqrt2)).unary(UnaryOp.ERF).add(Scalar.of(1L))).mul(Scalar.of(0.5)));
        return Graph.record(r, "GeluBackward0", new Tensor[] {x}, g -> {
            Tensor cdf = x.mul(Scalar.of(invSqrt2)).unary(UnaryOp.ERF).add(Scalar.of(1L)).mul(Scalar.of(0.5));
            Tensor pdf = x.mul(x).mul(Scalar.of(-0.5)).unary(UnaryOp.EXP).mul(Scalar.of(1 / Math.sqrt(2 * Math.PI)));
            return new Tensor[] {g.mul(cdf.add(x.mul(pdf)))};
        }, x);
    }

    /** {@code silu(x)} = x·σ(x). */
    public static Tensor silu(Tensor x) {
        requireFloating(x, "silu");
        Tensor r = Untracked.compute(() -> x.mul(x.unary(UnaryOp.SIGMOID)));
        return Graph.record(r, "SiluBackward0", new Tensor[] {x}, g -> {
            Tensor s = x.unary(UnaryOp.SIGMOID);
            return new Tensor[] {g.mul(s.mul(x.mul(s.rsub(Scalar.of(1L))).add(Scalar.of(1L))))};
        }, x);
    }

    /** {@code mish(x)} = x·tanh(softplus(x)), softplus here without a threshold (log1p(eˣ)). */
    public static Tensor mish(Tensor x) {
        requireFloating(x, "mish");
        Tensor r = Untracked.compute(() -> x.mul(x.unary(UnaryOp.EXP).unary(UnaryOp.LOG1P).unary(UnaryOp.TANH)));
        return Graph.record(r, "MishBackward0", new Tensor[] {x}, g -> {
            Tensor t = x.unary(UnaryOp.EXP).unary(UnaryOp.LOG1P).unary(UnaryOp.TANH);
            Tensor slope = t.add(x.mul(x.unary(UnaryOp.SIGMOID)).mul(t.mul(t).rsub(Scalar.of(1L))));
            return new Tensor[] {g.mul(slope)};
        }, x);
    }

    /** {@code hardswish(x)} = x·min(max(x + 3, 0), 6)/6; the slope is x/3 + ½ on [−3, 3] (ends included), 0 below, 1 above. */
    public static Tensor hardswish(Tensor x) {
        requireFloating(x, "hardswish");
        Tensor r = Untracked.compute(() -> x.mul(relu6OfShifted(x)).div(Scalar.of(6L)));
        return Graph.record(r, "HardswishBackward0", new Tensor[] {x}, g -> {
            Tensor middle = g.mul(x.div(Scalar.of(3L)).add(Scalar.of(0.5)));
            Tensor zero = Torch.full(new long[0], Scalar.of(0L), g.dtype());
            Tensor aboveLow = Comparisons.compare(Comparisons.Comparison.GE, x, Scalar.of(-3L));
            Tensor upToHigh = Comparisons.compare(Comparisons.Comparison.LE, x, Scalar.of(3L));
            return new Tensor[] {Torch.where(aboveLow, Torch.where(upToHigh, middle, g), zero)};
        }, x);
    }

    /** {@code hardsigmoid(x)} = min(max(x + 3, 0), 6)/6; the slope 1/6 only strictly inside (−3, 3). */
    public static Tensor hardsigmoid(Tensor x) {
        requireFloating(x, "hardsigmoid");
        Tensor r = Untracked.compute(() -> relu6OfShifted(x).div(Scalar.of(6L)));
        return Graph.record(r, "HardsigmoidBackward0", new Tensor[] {x}, g -> {
            Tensor inside = Comparisons.compare(Comparisons.Comparison.GT, x, Scalar.of(-3L))
                    .mul(Comparisons.compare(Comparisons.Comparison.LT, x, Scalar.of(3L)));
            return new Tensor[] {Torch.where(inside, g.div(Scalar.of(6L)), Torch.full(new long[0], Scalar.of(0L), g.dtype()))};
        }, x);
    }

    /** min(max(x + 3, 0), 6), shared by hardswish and hardsigmoid. */
    private static Tensor relu6OfShifted(Tensor x) {
        return dev.torchlet.engine.Clamping.clamp(x.add(Scalar.of(3L)), Scalar.of(0L), Scalar.of(6L));
    }

    /** These kernels exist for floating types only; PyTorch names the kernel and the device in its error. */
    private static void requireFloating(Tensor x, String kernel) {
        if (!x.dtype().isFloatingPoint()) {
            throw TorchException.runtime("\"" + kernel + "_" + (x.device().isCpu() ? "cpu" : "cuda") + "\" not implemented for '"
                    + dev.torchlet.engine.ShapeOps.typeName(x.dtype()) + "'");
        }
    }

    /** Element-wise choice where {@code mask} (0/1 in the values' dtype) is 1. */
    private static Tensor choose(Tensor mask, Tensor ifOne, Tensor ifZero) {
        return dev.torchlet.engine.Torch.where(Comparisons.compare(Comparisons.Comparison.NE, mask, Scalar.of(0L)), ifOne, ifZero);
    }
}
