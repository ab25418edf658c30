package dev.torchlet.engine;

/**
 * Reductions beyond sum and mean: {@code prod}, {@code var}/{@code std} (with Bessel's
 * correction by default), {@code norm}, {@code logsumexp}, {@code any}/{@code all}. Each lane is
 * accumulated in double and rounded once to the result dtype, as {@link Reductions} does.
 * {@code dim} null means over all elements. On an accelerator they are composed of its kernels
 * ({@link DeviceStatistics}) and record the same nodes.
 */
public final class Statistics {
    private Statistics() {
    }

    /** A lane of doubles → one double. */
    @FunctionalInterface
    private interface LaneFunction {
        double apply(double[] lane);
    }

    private static Tensor reduce(Tensor t, Integer dim, boolean keepdim, DType out, LaneFunction f) {
        Integer d = wrapped(t, dim);
        Lanes lanes = Lanes.of(t, d);
        Tensor result = Tensor.empty(lanes.reducedShape(keepdim), out);
        double[] lane = new double[(int) lanes.size];
        for (long l = 0; l < lanes.lanes(); l++) {
            for (int k = 0; k < lane.length; k++) {
                lane[k] = lanes.get(l, k);
            }
            result.storage().setDouble((int) l, f.apply(lane));
        }
        return result;
    }

    /** {@code prod(dim, keepdim)}: integer and bool inputs give int64, as in PyTorch. */
    public static Tensor prod(Tensor t, Integer dim, boolean keepdim) {
        DType out = t.dtype().isFloatingPoint() ? t.dtype() : DType.INT64;
        Tensor result;
        if (!t.device().isCpu()) {
            result = DeviceStatistics.prod(t.detach().to(out), wrapped(t, dim), keepdim);
        } else if (out == DType.INT64) {
            Integer d = wrapped(t, dim);
            Lanes lanes = Lanes.of(t, d);
            result = Tensor.empty(lanes.reducedShape(keepdim), out);
            for (long l = 0; l < lanes.lanes(); l++) {
                long p = 1;
                for (long k = 0; k < lanes.size; k++) {
                    p *= lanes.getLong(l, k);
                }
                result.storage().setLong((int) l, p);
            }
        } else {
            result = reduce(t, dim, keepdim, out, lane -> {
                double p = 1;
                for (double v : lane) {
                    p *= v;
                }
                return p;
            });
        }
        return Derivatives.prod(result, t, wrapped(t, dim), keepdim);
    }

    /** The product of every element of each lane but one, for prod's gradient (exact with zeros). */
    static Tensor productOfOthers(Tensor t, Integer dim) {
        if (!t.device().isCpu()) {
            return DeviceStatistics.productOfOthers(t.detach(), dim);
        }
        Lanes lanes = Lanes.of(t, dim);
        Tensor result = Tensor.empty(t.shape(), t.dtype());
        int n = (int) lanes.size;
        double[] before = new double[n + 1];
        double[] after = new double[n + 1];
        for (long l = 0; l < lanes.lanes(); l++) {
            before[0] = 1;
            after[n] = 1;
            for (int k = 0; k < n; k++) {
                before[k + 1] = before[k] * lanes.get(l, k);
                after[n - 1 - k] = after[n - k] * lanes.get(l, n - 1 - k);
            }
            for (int k = 0; k < n; k++) {
                result.storage().setDouble((int) lanes.position(l, k), before[k] * after[k + 1]);
            }
        }
        return result;
    }

    /** {@code var(dim, correction, keepdim)}: the sum of squared deviations over (n - correction). */
    public static Tensor var(Tensor t, Integer dim, long correction, boolean keepdim) {
        requireFloating(t);
        Tensor result = !t.device().isCpu() ? DeviceStatistics.var(t.detach(), wrapped(t, dim), correction, keepdim)
                : reduce(t, dim, keepdim, t.dtype(), lane -> variance(lane, correction));
        return Derivatives.variance(result, t, wrapped(t, dim), correction, keepdim, false);
    }

    /** {@code std(dim, correction, keepdim)}: the square root of {@link #var}. */
    public static Tensor std(Tensor t, Integer dim, long correction, boolean keepdim) {
        requireFloating(t);
        Tensor result = !t.device().isCpu()
                ? DeviceStatistics.var(t.detach(), wrapped(t, dim), correction, keepdim).unary(UnaryOp.SQRT)
                : reduce(t, dim, keepdim, t.dtype(), lane -> Math.sqrt(variance(lane, correction)));
        return Derivatives.variance(result, t, wrapped(t, dim), correction, keepdim, true);
    }

    private static double variance(double[] lane, long correction) {
        double mean = 0;
        for (double v : lane) {
            mean += v;
        }
        mean /= lane.length;
        double squares = 0;
        for (double v : lane) {
            squares += (v - mean) * (v - mean);
        }
        return squares / Math.max(0, lane.length - correction);
    }

    /** any/all give bool, but uint8 stays uint8, as in PyTorch. */
    private static DType booleanResult(Tensor t) {
        return t.dtype() == DType.UINT8 ? DType.UINT8 : DType.BOOL;
    }

    private static Integer wrapped(Tensor t, Integer dim) {
        return dim == null ? null : Dims.wrap(dim, t.dim());
    }

    private static void requireFloating(Tensor t) {
        if (!t.dtype().isFloatingPoint()) {
            throw TorchException.runtime("std and var only support floating point and complex dtypes");
        }
    }

    /** {@code norm(p, dim, keepdim)}: (Σ|x|^p)^(1/p); p = ∞ is the largest |x|, p = 0 counts nonzeros. */
    public static Tensor norm(Tensor t, double p, Integer dim, boolean keepdim) {
        if (!t.dtype().isFloatingPoint()) {
            throw TorchException.runtime("norm(): input dtype should be either floating point or complex. Got "
                    + ShapeOps.typeName(t.dtype()) + " instead.");
        }
        return norm(t, p, dim, keepdim, "NormBackward1");
    }

    /** {@code torch.linalg.vector_norm(x, ord, dim, keepdim)}: the same norm, recorded as LinalgVectorNormBackward0. */
    public static Tensor vectorNorm(Tensor t, double p, Integer dim, boolean keepdim) {
        if (!t.dtype().isFloatingPoint()) {
            throw TorchException.runtime("linalg.vector_norm: Expected a floating point or complex tensor as input. Got "
                    + ShapeOps.typeName(t.dtype()));
        }
        return norm(t, p, dim, keepdim, "LinalgVectorNormBackward0");
    }

    private static Tensor norm(Tensor t, double p, Integer dim, boolean keepdim, String gradFn) {
        Tensor result = !t.device().isCpu() ? DeviceStatistics.norm(t.detach(), p, wrapped(t, dim), keepdim)
                : reduce(t, dim, keepdim, t.dtype(), lane -> {
            double acc = p == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : 0;
            for (double v : lane) {
                double a = Math.abs(v);
                if (Double.isInfinite(p)) {
                    acc = p > 0 ? Math.max(acc, a) : Math.min(acc, a);
                } else if (p == 0) {
                    acc += a != 0 ? 1 : 0;
                } else if (p == 1) {
                    acc += a;
                } else if (p == 2) {
                    acc += a * a;
                } else {
                    acc += Math.pow(a, p);
                }
            }
            if (Double.isInfinite(p) || p == 0 || p == 1) {
                return acc;
            }
            return p == 2 ? Math.sqrt(acc) : Math.pow(acc, 1 / p);
        });
        return Derivatives.norm(result, t, p, wrapped(t, dim), keepdim, gradFn);
    }

    /** {@code logsumexp(dim, keepdim)}: log Σ exp(x), computed around the lane's maximum so it cannot overflow. */
    public static Tensor logsumexp(Tensor t, int dim, boolean keepdim) {
        DType out = t.dtype().isFloatingPoint() ? t.dtype() : Torch.getDefaultDtype();
        Tensor result = !t.device().isCpu() ? DeviceStatistics.logsumexp(t.detach().to(out), Dims.wrap(dim, t.dim()), keepdim)
                : reduce(t, dim, keepdim, out, lane -> {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : lane) {
                max = Math.max(max, v);
            }
            if (Double.isInfinite(max)) {
                return max;
            }
            double sum = 0;
            for (double v : lane) {
                sum += Math.exp(v - max);
            }
            return max + Math.log(sum);
        });
        return Derivatives.logsumexp(result, t, Dims.wrap(dim, t.dim()), keepdim);
    }

    /** {@code any(dim, keepdim)}: whether some element is nonzero (bool; uint8 stays uint8, as in PyTorch). */
    public static Tensor any(Tensor t, Integer dim, boolean keepdim) {
        if (!t.device().isCpu()) {
            return DeviceStatistics.anyOrAll(t.detach(), wrapped(t, dim), keepdim, true, booleanResult(t));
        }
        return reduce(t, dim, keepdim, booleanResult(t), lane -> {
            for (double v : lane) {
                if (v != 0) {
                    return 1;
                }
            }
            return 0;
        });
    }

    /** {@code all(dim, keepdim)}: whether every element is nonzero. */
    public static Tensor all(Tensor t, Integer dim, boolean keepdim) {
        if (!t.device().isCpu()) {
            return DeviceStatistics.anyOrAll(t.detach(), wrapped(t, dim), keepdim, false, booleanResult(t));
        }
        return reduce(t, dim, keepdim, booleanResult(t), lane -> {
            for (double v : lane) {
                if (v == 0) {
                    return 0;
                }
            }
            return 1;
        });
    }
}
