package dev.torchlet.engine.optim;

import dev.torchlet.engine.DType;

/**
 * The arithmetic of PyTorch's CPU element-wise kernels for one floating dtype, as the update rules
 * need it to reproduce PyTorch's results bit for bit. Values travel as doubles; for float32 every
 * operation is rounded to float after it (a product, quotient, sum or square root of floats done
 * in double and rounded once is the correctly rounded float result). PyTorch's AVX2 kernels fuse
 * {@code add(other, alpha)} and {@code addcmul} into a multiply-add with one rounding; {@link #fma}
 * reproduces that (Java's Math.fma is not available under TeaVM). For float64 the multiply-add is
 * rounded twice, so float64 parameters may differ from PyTorch in the last bit.
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
            return a * b + c;
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
