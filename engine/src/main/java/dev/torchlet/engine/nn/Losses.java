package dev.torchlet.engine.nn;

import dev.torchlet.engine.Clamping;
import dev.torchlet.engine.Comparisons;
import dev.torchlet.engine.DType;
import dev.torchlet.engine.Extrema;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.UnaryOp;
import dev.torchlet.engine.autograd.Graph;
import dev.torchlet.engine.autograd.Node;
import java.util.Arrays;

/**
 * {@code torch.nn.functional}'s losses, each one recorded node named like PyTorch's
 * ({@code MseLossBackward0}, {@code NllLossBackward0}, …) with {@link Reduction}.
 */
public final class Losses {
    private Losses() {
    }

    /** The derivative of per-element losses with respect to input and target, given the spread gradient. */
    private interface ElementwiseGrad {
        Tensor[] of(Tensor spread);
    }

    /** Element-wise losses share one shape check, one reduction and one way to record. */
    private static Tensor elementwise(String name, Tensor input, Tensor target, Reduction reduction,
                                      Tensor perElement, ElementwiseGrad grad) {
        Tensor r = Untracked.compute(() -> reduction.apply(perElement));
        long[] shape = perElement.shape();
        long count = perElement.numel();
        Node.Rule rule = g -> grad.of(reduction.spread(g, shape, count));
        return Graph.record(r, name, new Tensor[] {input, target}, rule, input, target);
    }

    /** binary_cross_entropy_with_logits's shape check, worded like PyTorch's. */
    private static void requireSameShape(Tensor input, Tensor target) {
        if (!Arrays.equals(input.shape(), target.shape())) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "Target size (" + size(target)
                    + ") must be the same as input size (" + size(input) + ")");
        }
    }

    private static String size(Tensor t) {
        StringBuilder s = new StringBuilder("torch.Size([");
        long[] shape = t.shape();
        for (int i = 0; i < shape.length; i++) {
            s.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return s.append("])").toString();
    }

    public static Tensor mseLoss(Tensor input, Tensor target, Reduction reduction) {
        Tensor diff = Untracked.compute(() -> input.sub(target));
        Tensor perElement = Untracked.compute(() -> diff.mul(diff));
        return elementwise("MseLossBackward0", input, target, reduction, perElement, g -> {
            Tensor d = input.sub(target).mul(Scalar.of(2L)).mul(g);
            return new Tensor[] {sumTo(d, input), sumTo(d.neg(), target)};
        });
    }

    /** smooth_l1_loss: ½d²/β where |d| < β, else |d| − ½β (β = 0 is l1). */
    public static Tensor smoothL1Loss(Tensor input, Tensor target, Reduction reduction, double beta) {
        if (beta < 0) {
            throw TorchException.runtime("smooth_l1_loss does not support negative values for beta.");
        }
        Tensor d = Untracked.compute(() -> input.sub(target));
        Tensor perElement = Untracked.compute(() -> {
            Tensor abs = d.unary(UnaryOp.ABS);
            Tensor small = Comparisons.compare(Comparisons.Comparison.LT, abs, Scalar.of(beta));
            return dev.torchlet.engine.Torch.where(small, d.mul(d).mul(Scalar.of(0.5)).div(Scalar.of(beta == 0 ? 1 : beta)),
                    abs.sub(Scalar.of(0.5 * beta)));
        });
        return elementwise("SmoothL1LossBackward0", input, target, reduction, perElement, g -> {
            Tensor diff = input.sub(target);
            Tensor small = Comparisons.compare(Comparisons.Comparison.LT, diff.unary(UnaryOp.ABS), Scalar.of(beta));
            Tensor slope = dev.torchlet.engine.Torch.where(small, diff.div(Scalar.of(beta == 0 ? 1 : beta)), diff.unary(UnaryOp.SIGN));
            Tensor gi = slope.mul(g);
            return new Tensor[] {sumTo(gi, input), sumTo(gi.neg(), target)};
        });
    }

    /** huber_loss: ½d² where |d| < δ, else δ(|d| − ½δ). */
    public static Tensor huberLoss(Tensor input, Tensor target, Reduction reduction, double delta) {
        if (delta <= 0) {
            throw TorchException.runtime("huber_loss does not support non-positive values for delta.");
        }
        Tensor d = Untracked.compute(() -> input.sub(target));
        Tensor perElement = Untracked.compute(() -> {
            Tensor abs = d.unary(UnaryOp.ABS);
            Tensor small = Comparisons.compare(Comparisons.Comparison.LT, abs, Scalar.of(delta));
            return dev.torchlet.engine.Torch.where(small, d.mul(d).mul(Scalar.of(0.5)), abs.sub(Scalar.of(0.5 * delta)).mul(Scalar.of(delta)));
        });
        return elementwise("HuberLossBackward0", input, target, reduction, perElement, g -> {
            Tensor diff = input.sub(target);
            Tensor small = Comparisons.compare(Comparisons.Comparison.LT, diff.unary(UnaryOp.ABS), Scalar.of(delta));
            Tensor slope = dev.torchlet.engine.Torch.where(small, diff, diff.unary(UnaryOp.SIGN).mul(Scalar.of(delta)));
            Tensor gi = slope.mul(g);
            return new Tensor[] {sumTo(gi, input), sumTo(gi.neg(), target)};
        });
    }

    /** PyTorch 1.13 writes l1_loss from other ops: |input − target| reduced (grad_fn MeanBackward0/SumBackward0/AbsBackward0). */
    public static Tensor l1Loss(Tensor input, Tensor target, Reduction reduction) {
        Tensor abs = input.sub(target).unary(UnaryOp.ABS);
        return reduction.apply(abs);
    }

    /** binary_cross_entropy: −w·(t·log x + (1−t)·log(1−x)), each log clamped at −100 as PyTorch does. */
    public static Tensor binaryCrossEntropy(Tensor input, Tensor target, Tensor weight, Reduction reduction) {
        if (!Arrays.equals(input.shape(), target.shape())) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "Using a target size (" + size(target)
                    + ") that is different to the input size (" + size(input) + ") is deprecated. Please ensure they have the same size.");
        }
        Tensor perElement = Untracked.compute(() -> {
            double min = input.numel() == 0 ? 0 : Extrema.min(input).itemAsDouble();
            double max = input.numel() == 0 ? 0 : Extrema.max(input).itemAsDouble();
            if (min < 0 || max > 1) {
                throw TorchException.runtime("all elements of input should be between 0 and 1");
            }
            Tensor logX = Clamping.clamp(input.unary(UnaryOp.LOG), Scalar.of(-100L), null);
            Tensor log1mX = Clamping.clamp(input.rsub(Scalar.of(1L)).unary(UnaryOp.LOG), Scalar.of(-100L), null);
            Tensor loss = target.mul(logX).add(target.rsub(Scalar.of(1L)).mul(log1mX)).neg();
            return weight == null ? loss : loss.mul(weight);
        });
        return elementwise("BinaryCrossEntropyBackward0", input, target, reduction, perElement, g -> {
            Tensor denominator = Clamping.clamp(input.rsub(Scalar.of(1L)).mul(input), Scalar.of(1e-12), null);
            Tensor d = g.mul(input.sub(target)).div(denominator);
            if (weight != null) {
                d = d.mul(weight);
            }
            Tensor dTarget = g.mul(input.rsub(Scalar.of(1L)).unary(UnaryOp.LOG).sub(input.unary(UnaryOp.LOG)));
            return new Tensor[] {d, weight == null ? dTarget : dTarget.mul(weight)};
        });
    }

    /** binary_cross_entropy_with_logits: the stable form (1−t)·x + log(1 + e^−x), with pos_weight. */
    public static Tensor binaryCrossEntropyWithLogits(Tensor input, Tensor target, Tensor weight, Tensor posWeight, Reduction reduction) {
        requireSameShape(input, target);
        Tensor perElement = Untracked.compute(() -> {
            Tensor maxVal = Clamping.clamp(input.neg(), Scalar.of(0L), null);
            Tensor softplusNeg = maxVal.neg().unary(UnaryOp.EXP).add(input.neg().sub(maxVal).unary(UnaryOp.EXP)).unary(UnaryOp.LOG).add(maxVal);
            Tensor loss;
            if (posWeight == null) {
                loss = target.rsub(Scalar.of(1L)).mul(input).add(softplusNeg);
            } else {
                Tensor logWeight = posWeight.sub(Scalar.of(1L)).mul(target).add(Scalar.of(1L));
                loss = target.rsub(Scalar.of(1L)).mul(input).add(logWeight.mul(softplusNeg));
            }
            return weight == null ? loss : loss.mul(weight);
        });
        return elementwise("BinaryCrossEntropyWithLogitsBackward0", input, target, reduction, perElement, g -> {
            Tensor s = input.unary(UnaryOp.SIGMOID);
            Tensor d = posWeight == null ? s.sub(target)
                    : posWeight.sub(Scalar.of(1L)).mul(target).add(Scalar.of(1L)).mul(s).sub(posWeight.mul(target));
            d = d.mul(g);
            Tensor dTarget = input.neg().mul(g);
            if (weight != null) {
                d = d.mul(weight);
                dTarget = dTarget.mul(weight);
            }
            return new Tensor[] {sumTo(d, input), sumTo(dTarget, target)};
        });
    }

    /**
     * nll_loss over class indices: input (N, C) or (C), target (N) or (); −w[t]·input[n, t], the mean
     * divided by the total weight of the counted targets; {@code ignoreIndex} targets count nothing.
     */
    public static Tensor nllLoss(Tensor input, Tensor target, Tensor weight, long ignoreIndex, Reduction reduction) {
        if (input.dim() < 1 || input.dim() > 2) {
            throw TorchException.notImplemented("nll_loss on " + input.dim() + "-D input (only (N, C) and (C))");
        }
        if (target.dtype() != DType.INT64) {
            throw TorchException.runtime("expected scalar type Long but found " + target.dtype().pytorchName());
        }
        boolean batched = input.dim() == 2;
        long n = batched ? input.size(0) : 1;
        long classes = input.size(input.dim() - 1);
        if (target.dim() != (batched ? 1 : 0) || (batched && target.size(0) != n)) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "Expected input batch_size (" + n
                    + ") to match target batch_size (" + (target.dim() == 0 ? 1 : target.size(0)) + ").");
        }
        if (weight != null && (weight.dim() != 1 || weight.size(0) != classes)) {
            throw TorchException.runtime("weight tensor should be defined either for all " + classes
                    + " classes or no classes but got weight tensor of shape: " + size(weight).substring(11, size(weight).length() - 1));
        }
        Tensor in2 = batched ? input : input.view(1, classes);
        // Per sample: the class weight (0 where ignored) and the chosen input element, planned on the CPU.
        double[] w = new double[(int) n];
        long[] cls = new long[(int) n];
        Tensor targets = target.onHost();
        Tensor classWeights = weight == null ? null : weight.onHost();
        for (int i = 0; i < n; i++) {
            long t = targets.dim() == 0 ? targets.itemAsLong() : targets.longAt(i);
            if (t == ignoreIndex) {
                continue;
            }
            if (t < 0 || t >= classes) {
                throw new TorchException(TorchException.Kind.INDEX_ERROR, "Target " + t + " is out of bounds.");
            }
            cls[i] = t;
            w[i] = classWeights == null ? 1 : classWeights.doubleAt(t);
        }
        Tensor weights = dev.torchlet.engine.Torch.tensor(toList(w), input.dtype()).to(input.device());
        Tensor index = dev.torchlet.engine.Torch.tensor(toList(cls), DType.INT64).view(n, 1).to(input.device());
        double totalWeight = 0;
        for (double v : w) {
            totalWeight += v;
        }
        double total = totalWeight;
        Tensor r = Untracked.compute(() -> {
            Tensor losses = in2.gather(1, index).view(n).mul(weights).neg();
            return switch (reduction) {
                case NONE -> batched ? losses : losses.view();
                case SUM -> losses.sum();
                case MEAN -> losses.sum().div(Scalar.of(total));
            };
        });
        long[] inputShape = input.shape();
        return Graph.record(r, "NllLossBackward0", new Tensor[] {target}, g -> {
            Tensor perSample = switch (reduction) {
                case NONE -> g.reshape(n);
                case SUM -> ShapeOps.expand(g.reshape(1), n);
                case MEAN -> ShapeOps.expand(g.div(Scalar.of(total)).reshape(1), n);
            };
            Tensor values = perSample.mul(weights).neg().view(n, 1);
            Tensor grad = dev.torchlet.engine.Torch.full(new long[] {n, classes}, Scalar.of(0L), input.dtype(), input.device())
                    .scatter(1, index, values);
            return new Tensor[] {grad.reshape(inputShape)};
        }, input);
    }

        /**
     * cross_entropy: over class indices nll_loss(log_softmax(input)); with label smoothing or a
     * target of class probabilities, PyTorch's compositions in {@link CrossEntropy}.
     */
    public static Tensor crossEntropy(Tensor input, Tensor target, Tensor weight, long ignoreIndex, Reduction reduction, double labelSmoothing) {
        if (labelSmoothing < 0 || labelSmoothing > 1) {
            throw TorchException.runtime("label_smoothing must be between 0.0 and 1.0. Got: " + labelSmoothing);
        }
        int classDim = input.dim() == 1 ? 0 : 1;
        if (target.dtype().isFloatingPoint()) {
            return CrossEntropy.withProbabilities(input, target, weight, reduction, labelSmoothing, classDim);
        }
        if (labelSmoothing > 0) {
            return CrossEntropy.withLabelSmoothing(input, target, weight, ignoreIndex, reduction, labelSmoothing, classDim);
        }
        return nllLoss(Activations.logSoftmax(input, classDim), target, weight, ignoreIndex, reduction);
    }

    private static java.util.List<Object> toList(double[] values) {
        java.util.List<Object> list = new java.util.ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    private static java.util.List<Object> toList(long[] values) {
        java.util.List<Object> list = new java.util.ArrayList<>(values.length);
        for (long v : values) {
            list.add(v);
        }
        return list;
    }

    /** Undo broadcasting of a per-element gradient back to an operand's shape. */
    private static Tensor sumTo(Tensor grad, Tensor operand) {
        long[] shape = operand.shape();
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
}
