package dev.torchlet.engine;

/**
 * {@link Statistics}' reductions on an accelerator, composed of the primitive kernels (sum, mean,
 * prod, max/min, element-wise ops) on a detached input: the caller records the same node as on
 * the CPU. {@code dim} is already wrapped; null reduces over every element. Formulas are the
 * numerically stable ones: variance subtracts the mean first, logsumexp the lane's maximum.
 */
final class DeviceStatistics {
    private DeviceStatistics() {
    }

    private static final Scalar ZERO = Scalar.of(0L);

    /** {@code x op 0}, as a bool tensor. */
    private static Tensor against0(Comparisons.Comparison op, Tensor x) {
        return Comparisons.compare(op, x, ZERO);
    }

    private static int[] dims(Integer dim) {
        return dim == null ? null : new int[] {dim};
    }

    /** The sum of squared deviations from the lane's mean, over max(0, n − correction) (0 gives inf or NaN, as in PyTorch). */
    static Tensor var(Tensor x, Integer dim, long correction, boolean keepdim) {
        long n = Reductions.reducedCount(x, Reductions.reducedDims(x, dims(dim)));
        Tensor deviation = x.sub(x.mean(dims(dim), true));
        return deviation.mul(deviation).sum(dims(dim), keepdim).div(Scalar.of((double) Math.max(0, n - correction)));
    }

    /** (Σ|x|^p)^(1/p), with p = 2, 1, 0 (nonzeros) and ±∞ (largest or smallest |x|) computed directly. */
    static Tensor norm(Tensor x, double p, Integer dim, boolean keepdim) {
        Tensor magnitude = x.unary(UnaryOp.ABS);
        if (Double.isInfinite(p)) {
            return extremum(magnitude, dim, keepdim, p > 0);
        } else if (p == 0) {
            return against0(Comparisons.Comparison.NE, x).to(x.dtype()).sum(dims(dim), keepdim);
        } else if (p == 1) {
            return magnitude.sum(dims(dim), keepdim);
        } else if (p == 2) {
            return x.mul(x).sum(dims(dim), keepdim).unary(UnaryOp.SQRT);
        }
        return magnitude.pow(Scalar.of(p)).sum(dims(dim), keepdim).pow(Scalar.of(1 / p));
    }

    /** max or min over the dim (null: everything), NaN winning as on the CPU. */
    private static Tensor extremum(Tensor x, Integer dim, boolean keepdim, boolean largest) {
        if (dim == null || x.dim() == 0) {
            Tensor whole = largest ? Extrema.max(x) : Extrema.min(x);
            return whole.reshape(Reductions.resultShape(x.shape(), null, keepdim));
        }
        return (largest ? Extrema.max(x, dim, keepdim) : Extrema.min(x, dim, keepdim)).values();
    }

    /**
     * log Σ exp(x − m) + m around the lane's maximum m, clamped to the dtype's finite range so an
     * infinite maximum gives ±inf (not inf − inf = NaN), as the CPU returns it.
     */
    static Tensor logsumexp(Tensor x, int dim, boolean keepdim) {
        double largest = x.dtype() == DType.FLOAT64 ? Double.MAX_VALUE : Float.MAX_VALUE;
        Tensor max = extremum(x, dim, true, true);
        Tensor shift = ElementwiseOps.binary(BinaryOp.MINIMUM, ElementwiseOps.binary(BinaryOp.MAXIMUM, max, Scalar.of(-largest)),
                Scalar.of(largest));
        Tensor logSum = x.sub(shift).unary(UnaryOp.EXP).sum(new int[] {dim}, keepdim).unary(UnaryOp.LOG);
        return logSum.add(keepdim ? shift : shift.reshape(logSum.shape()));
    }

    /** The prod kernel over the dim, the input already in the result dtype. */
    static Tensor prod(Tensor x, Integer dim, boolean keepdim) {
        boolean[] reduced = Reductions.reducedDims(x, dims(dim));
        return DeviceKernels.reduce("prod", x, reduced, Reductions.resultShape(x.shape(), reduced, keepdim), x.dtype());
    }

    /**
     * The product of every other element of each lane, exact with zeros: the product P of the lane
     * with its zeros read as ones, over the element (a one where it is zero), kept where the lane has
     * no other zero.
     */
    static Tensor productOfOthers(Tensor x, Integer dim) {
        Tensor zeros = against0(Comparisons.Comparison.EQ, x).to(x.dtype());
        Tensor nonzero = x.add(zeros);
        Tensor product = prod(nonzero, dim, true);
        Tensor otherZeros = zeros.sum(dims(dim), true).sub(zeros);
        return product.div(nonzero).mul(against0(Comparisons.Comparison.EQ, otherZeros).to(x.dtype()));
    }

    /** Whether some element (any) or every element (all) of the lane is nonzero, counted with sums. */
    static Tensor anyOrAll(Tensor x, Integer dim, boolean keepdim, boolean any, DType resultType) {
        Tensor counted = any ? against0(Comparisons.Comparison.NE, x) : against0(Comparisons.Comparison.EQ, x);
        Tensor count = counted.sum(dims(dim), keepdim);
        Tensor found = any ? against0(Comparisons.Comparison.GT, count) : against0(Comparisons.Comparison.EQ, count);
        return found.to(resultType);
    }
}
