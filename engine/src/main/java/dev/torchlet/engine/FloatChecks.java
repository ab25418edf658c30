package dev.torchlet.engine;

/**
 * {@code isnan}, {@code isinf}, {@code isfinite}, {@code isclose} and {@code allclose}: bool results
 * (not differentiable), element by element with broadcasting, in double precision as PyTorch's
 * {@code |a - b| <= atol + rtol·|b|} rule reads them.
 */
public final class FloatChecks {
    private FloatChecks() {
    }

    public static Tensor isnan(Tensor t) {
        return ElementwiseMap.mapDouble(DType.BOOL, v -> Double.isNaN(v[0]) ? 1 : 0, t.detach());
    }

    public static Tensor isinf(Tensor t) {
        return ElementwiseMap.mapDouble(DType.BOOL, v -> Double.isInfinite(v[0]) ? 1 : 0, t.detach());
    }

    public static Tensor isfinite(Tensor t) {
        return ElementwiseMap.mapDouble(DType.BOOL, v -> Double.isFinite(v[0]) ? 1 : 0, t.detach());
    }

    /** {@code isclose(a, b, rtol, atol, equal_nan)}; infinities are close only to themselves. */
    public static Tensor isclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        if (a.dtype() != b.dtype()) {
            throw TorchException.runtime(ShapeOps.typeName(a.dtype()) + " did not match " + ShapeOps.typeName(b.dtype()));
        }
        return ElementwiseMap.mapDouble(DType.BOOL, v -> close(v[0], v[1], rtol, atol, equalNan) ? 1 : 0, a.detach(), b.detach());
    }

    /** {@code allclose(a, b, rtol, atol, equal_nan)}: whether every element is close. */
    public static boolean allclose(Tensor a, Tensor b, double rtol, double atol, boolean equalNan) {
        Tensor close = isclose(a, b, rtol, atol, equalNan);
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
