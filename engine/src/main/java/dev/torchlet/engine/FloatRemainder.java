package dev.torchlet.engine;

/**
 * C's {@code fmod}, exact, on every platform: TeaVM's WebAssembly build computes a floating-point
 * {@code %} as {@code a - b * (long) (a / b)}, which is inexact once the quotient is large and
 * drops the sign of a zero result. PyTorch's fmod/remainder/floor_divide and Python's {@code %},
 * {@code //} and {@code math.fmod} all build on this.
 */
public final class FloatRemainder {
    private FloatRemainder() {
    }

    /** {@code x - n·y} for the integer n = trunc(x / y), computed exactly; it has the sign of x (a zero too). */
    public static double fmod(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || y == 0) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            return x;
        }
        double divisor = Math.abs(y);
        if (divisor < Double.MIN_NORMAL) {
            // Subnormal divisors: rare enough to leave to the platform's %.
            double r = x % y;
            return r == 0 ? Math.copySign(0.0, x) : r;
        }
        double r = Math.abs(x);
        // Long division in binary: subtract the largest divisor × 2^k that fits. Each step is exact
        // (the two operands are within a factor of two of each other).
        while (r >= divisor) {
            int k = Math.getExponent(r) - Math.getExponent(divisor);
            double multiple = Math.scalb(divisor, k);
            if (multiple > r) {
                multiple = Math.scalb(divisor, k - 1);
            }
            r -= multiple;
        }
        return Math.copySign(r, x);
    }

    /** fmod of float32 values: the exact result is a float too. */
    public static float fmod(float x, float y) {
        return (float) fmod((double) x, (double) y);
    }
}
