package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;

/**
 * {@code nan_to_num(nan, posinf, neginf)}: NaN and ±infinity replaced by numbers (by default 0 and
 * the dtype's largest and lowest finite values), from comparisons and wheres that run on any device.
 */
public final class NonFiniteReplacement {
    private NonFiniteReplacement() {
    }

    /** Null replacements take PyTorch's defaults; integer and bool tensors come back as a copy. */
    public static Tensor nanToNum(Tensor t, Double nan, Double posinf, Double neginf) {
        if (!t.dtype().isFloatingPoint()) {
            return t.clone();
        }
        double largest = t.dtype() == DType.FLOAT32 ? Float.MAX_VALUE : Double.MAX_VALUE;
        Tensor x = t.detach();
        Tensor r = Torch.where(FloatChecks.isnan(x), constant(nan == null ? 0.0 : nan, x), x);
        r = Torch.where(Comparisons.compare(Comparisons.Comparison.EQ, x, Scalar.of(Double.POSITIVE_INFINITY)),
                constant(posinf == null ? largest : posinf, x), r);
        r = Torch.where(Comparisons.compare(Comparisons.Comparison.EQ, x, Scalar.of(Double.NEGATIVE_INFINITY)),
                constant(neginf == null ? -largest : neginf, x), r);
        // Only finite inputs pass their gradient through.
        return Graph.record(r, "NanToNumBackward0", new Tensor[] {t}, g -> new Tensor[] {g.mul(FloatChecks.isfinite(t).to(g.dtype()))}, t);
    }

    /** A 0-d tensor of x's dtype (rounded to it), which goes along with x to its device. */
    private static Tensor constant(double value, Tensor x) {
        return Torch.full(new long[0], Scalar.of(value), x.dtype());
    }
}
