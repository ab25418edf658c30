package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;

/**
 * Element-wise logs and powers beyond the unary table: {@code exp2}, {@code logit(eps)},
 * {@code xlogy} and {@code float_power}, composed of existing element-wise ops (so they run on
 * every device) with PyTorch's grad_fn names. Integer inputs give the default float dtype.
 */
public final class LogsAndPowers {
    private LogsAndPowers() {
    }

    private static final double LN2 = Math.log(2);

    /** {@code exp2}: 2 to the power x. */
    public static Tensor exp2(Tensor t) {
        Tensor r = floating(t.detach()).rpow(Scalar.of(2.0));
        return Graph.record(r, "Exp2Backward0", new Tensor[] {r}, g -> new Tensor[] {g.mul(r).mul(Scalar.of(LN2))}, t);
    }

    /** {@code logit(eps)}: log(x / (1 − x)), x first clamped to [eps, 1 − eps] when eps is given. */
    public static Tensor logit(Tensor t, Double eps) {
        Tensor x = floating(t.detach());
        if (eps != null) {
            x = Clamping.clamp(x, Scalar.of(eps), Scalar.of(1 - eps));
        }
        Tensor r = x.div(x.rsub(Scalar.of(1L))).unary(UnaryOp.LOG);
        return Graph.record(r, "LogitBackward0", new Tensor[] {t}, g -> {
            Tensor d = g.div(t.mul(t.rsub(Scalar.of(1L))));
            if (eps == null) {
                return new Tensor[] {d};
            }
            // Outside [eps, 1 − eps] the clamp holds the result still: no gradient there.
            Tensor outside = Comparisons.logical(Comparisons.Logical.OR, Comparisons.compare(Comparisons.Comparison.LT, t, Scalar.of(eps)),
                    Comparisons.compare(Comparisons.Comparison.GT, t, Scalar.of(1 - eps)));
            return new Tensor[] {Torch.where(outside, Torch.full(new long[0], Scalar.of(0L), d.dtype()), d)};
        }, t);
    }

    /**
     * {@code xlogy(x, y)}: x · log(y), and 0 where x is 0 (unless y is NaN). Its x-gradient is
     * xlogy(y != 0, y), as PyTorch 1.13 computes it (log y even where x is 0, and 0 where y is 0).
     */
    public static Tensor xlogy(Tensor x, Tensor y) {
        Tensor r = xlogyValues(x.detach(), y.detach());
        return Graph.record(r, "XlogyBackward0", new Tensor[] {x, y}, g -> new Tensor[] {
            Derivatives.sumToShape(g.mul(xlogyValues(Comparisons.ne(y, Torch.full(new long[0], Scalar.of(0L), y.dtype())), y)), x.shape()),
            Derivatives.sumToShape(g.mul(x).div(y), y.shape())}, x, y);
    }

    private static Tensor xlogyValues(Tensor x, Tensor y) {
        DType type = TypePromotion.promote(x.dtype(), y.dtype());
        type = type.isFloatingPoint() ? type : Torch.getDefaultDtype();
        Tensor xf = x.to(type);
        Tensor yf = y.to(type);
        Tensor product = xf.mul(yf.unary(UnaryOp.LOG));
        Tensor zeroX = Comparisons.logical(Comparisons.Logical.AND, Comparisons.compare(Comparisons.Comparison.EQ, xf, Scalar.of(0L)),
                Comparisons.logicalNot(FloatChecks.isnan(yf)));
        return Torch.where(zeroX, Torch.full(new long[0], Scalar.of(0L), type), product);
    }

    /** {@code float_power(x, exponent)}: the power in float64 (its gradient is pow's, through the cast). */
    public static Tensor floatPower(Tensor x, Tensor exponent) {
        return x.to(DType.FLOAT64).pow(exponent.to(DType.FLOAT64));
    }

    public static Tensor floatPower(Tensor x, Scalar exponent) {
        return x.to(DType.FLOAT64).pow(Scalar.of(exponent.doubleValue()));
    }

    static Tensor floating(Tensor t) {
        return t.dtype().isFloatingPoint() ? t : t.to(Torch.getDefaultDtype());
    }
}
