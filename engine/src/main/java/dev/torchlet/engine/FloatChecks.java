package dev.torchlet.engine;

/**
 * {@code isnan}, {@code isinf}, {@code isfinite}, {@code isclose} and {@code allclose}: bool results
 * (not differentiable), element by element with broadcasting, in double precision as PyTorch's
 * {@code |a - b| <= atol + rtol·|b|} rule reads them.
 */
public final class FloatChecks {
    private FloatChecks() {
    }

    private static final Scalar INFINITY = Scalar.of(Double.POSITIVE_INFINITY);

    public static Tensor isnan(Tensor t) {
        if (!t.device().isCpu()) {
            // Neither finite nor infinite: two ordered comparisons, whose NaN result (false) WebGPU's
            // shader compilers keep; x != x is not reliably true for NaN there.
            return Comparisons.logicalNot(Comparisons.logical(Comparisons.Logical.OR, isfinite(t), isinf(t)));
        }
        return ElementwiseMap.mapDouble(DType.BOOL, v -> Double.isNaN(v[0]) ? 1 : 0, t.detach());
    }

    public static Tensor isinf(Tensor t) {
        if (!t.device().isCpu()) {
            return Comparisons.compare(Comparisons.Comparison.EQ, magnitude(t), INFINITY);
        }
        return ElementwiseMap.mapDouble(DType.BOOL, v -> Double.isInfinite(v[0]) ? 1 : 0, t.detach());
    }

    public static Tensor isfinite(Tensor t) {
        if (!t.device().isCpu()) {
            // NaN < inf is false, so this is "neither NaN nor infinite".
            return Comparisons.compare(Comparisons.Comparison.LT, magnitude(t), INFINITY);
        }
        return ElementwiseMap.mapDouble(DType.BOOL, v -> Double.isFinite(v[0]) ? 1 : 0, t.detach());
    }

    /** |t| in a floating dtype (integers are all finite), for the device's comparisons with infinity. */
    private static Tensor magnitude(Tensor t) {
        Tensor detached = t.detach();
        return (detached.dtype().isFloatingPoint() ? detached : detached.to(DType.FLOAT32)).unary(UnaryOp.ABS);
    }

    /** {@code isclose(a, b, rtol, atol, equal_nan)}; infinities are close only to themselves. */
    public static Tensor isclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        if (a.dtype() != b.dtype()) {
            throw TorchException.runtime(ShapeOps.typeName(a.dtype()) + " did not match " + ShapeOps.typeName(b.dtype()));
        }
        if (DeviceKernels.onAccelerator(a, b)) {
            return closeOnDevice(a.detach(), b.detach(), rtol, atol, equalNan);
        }
        return ElementwiseMap.mapDouble(DType.BOOL, v -> close(v[0], v[1], rtol, atol, equalNan) ? 1 : 0, a.detach(), b.detach());
    }

    /** {@link #close}'s rule in element-wise ops: equal, or both finite and near enough (or both NaN when asked). */
    private static Tensor closeOnDevice(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        DType type = a.dtype().isFloatingPoint() ? a.dtype() : DType.FLOAT32;
        Tensor x = a.to(type);
        Tensor y = b.to(type);
        Tensor near = Comparisons.compare(Comparisons.Comparison.LE, x.sub(y).unary(UnaryOp.ABS),
                y.unary(UnaryOp.ABS).mul(Scalar.of(rtol)).add(Scalar.of(atol)));
        Tensor finite = Comparisons.logical(Comparisons.Logical.AND, isfinite(x), isfinite(y));
        Tensor close = Comparisons.logical(Comparisons.Logical.OR, Comparisons.eq(x, y),
                Comparisons.logical(Comparisons.Logical.AND, finite, near));
        return equalNan ? Comparisons.logical(Comparisons.Logical.OR, close,
                Comparisons.logical(Comparisons.Logical.AND, isnan(x), isnan(y))) : close;
    }

    /** {@code allclose(a, b, rtol, atol, equal_nan)}: whether every element is close. */
    public static boolean allclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        Tensor close = isclose(a, b, rtol, atol, equalNan).onHost();
        for (long i = 0; i < close.numel(); i++) {
            if (close.contiguous().longAt(i) == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(double x, double y, double rtol, double atol, boolean equalNan) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return equalNan && Double.isNaN(x) && Double.isNaN(y);
        }
        if (x == y) {
            return true;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return false;
        }
        return Math.abs(x - y) <= atol + rtol * Math.abs(y);
    }
}
