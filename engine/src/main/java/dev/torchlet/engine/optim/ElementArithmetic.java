package dev.torchlet.engine.optim;

import dev.torchlet.engine.DType;

/**
 * The arithmetic of PyTorch's CPU element-wise kernels for one floating dtype, as the update rules
 * need it to reproduce PyTorch's results bit for bit. Values travel as doubles; for float32 every
 * operation is rounded to float after it (a product, quotient, sum or square root of floats done
 * in double and rounded once is the correctly rounded float result). PyTorch's AVX2 kernels fuse
 * {@code add(other, alpha)} and {@code addcmul} into a multiply-add with one rounding; {@link #fma}
 * reproduces that (Java's Math.fma is not available under TeaVM): in double with a correction for
 * float32, exactly with BigDecimal for float64 (slower, and float64 parameters are rare).
 */
final class ElementArithmetic {
    private static final long FLOAT_TIE_MASK = (1L << 29) - 1;
    private static final long FLOAT_TIE = 1L << 28;

    private final boolean single;

    ElementArithmetic(DType dtype) {
        this.single = dtype == DType.FLOAT32;
    }

    /** A Python number as the kernel sees it: cast to the tensor's dtype. */
    double scalar(double value) {
        return round(value);
    }

    double round(double value) {
        return single ? (float) value : value;
    }

    double add(double a, double b) {
        return round(a + b);
    }

    double mul(double a, double b) {
        return round(a * b);
    }

    double div(double a, double b) {
        return round(a / b);
    }

    double sqrt(double a) {
        return round(Math.sqrt(a));
    }

    /** {@code a * b + c} with one rounding (float32), as PyTorch's vectorised kernels compute it. */
    double fma(double a, double b, double c) {
        if (!single) {
            if (a == 0 || b == 0 || !Double.isFinite(a * b) || !Double.isFinite(c)) {
                return a * b + c; // no rounding to fuse away (or IEEE specials, which BigDecimal cannot hold)
            }
            return new java.math.BigDecimal(a).multiply(new java.math.BigDecimal(b)).add(new java.math.BigDecimal(c)).doubleValue();
        }
        double product = a * b; // exact: two 24-bit significands fit in 53 bits
        double sum = product + c;
        // The part of the exact sum that the double lost (Knuth's TwoSum).
        double productPart = sum - c;
        double error = (product - productPart) + (c - (sum - productPart));
        long bits = Double.doubleToLongBits(sum);
        if (error != 0 && (bits & FLOAT_TIE_MASK) == FLOAT_TIE) {
            // The double sits exactly halfway between two floats only because of its own rounding:
            // nudge it toward the exact value so the float rounding goes the right way.
            bits += (error > 0) == (sum > 0) ? 1 : -1;
            sum = Double.longBitsToDouble(bits);
        }
        return (float) sum;
    }
}
