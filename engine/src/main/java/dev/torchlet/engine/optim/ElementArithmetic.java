package dev.torchlet.engine.optim;

import dev.torchlet.engine.DType;

/**
 * The arithmetic of PyTorch's CPU element-wise kernels for one floating dtype, as the update rules
 * need it to reproduce PyTorch's results bit for bit. Values travel as doubles; for float32 every
 * operation is rounded to float after it (a product, quotient, sum or square root of floats done
 * in double and rounded once is the correctly rounded float result). PyTorch's AVX2 kernels fuse
 * {@code add(other, alpha)} and {@code addcmul} into a multiply-add with one rounding; {@link #fma}
 * reproduces that (Java's Math.fma is not available under TeaVM): in double with a correction for
 * float32, and for float64 by Boldo and Melquiond's emulation with rounding to odd.
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
            return fusedDouble(a, b, c);
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

    private static final double SPLITTER = 134217729.0; // 2^27 + 1, Veltkamp's split of a double

    /**
     * {@code a * b + c} rounded once, for doubles (Boldo & Melquiond, "Emulation of FMA and correctly
     * rounded sums: proved algorithms using rounding to odd", 2008): the exact product as a sum of two
     * doubles (Dekker), the exact sum with c (TwoSum), the low parts added with rounding to odd, then
     * one rounding to nearest. Specials and values near overflow fall back to the unfused form.
     */
    static double fusedDouble(double a, double b, double c) {
        double product = a * b;
        if (!Double.isFinite(product) || !Double.isFinite(c) || Math.abs(a) > 1e150 || Math.abs(b) > 1e150
                || a == 0 || b == 0) {
            return product + c;
        }
        double productLow = twoProductError(a, b, product);
        double high = c + product;
        double highLow = twoSumError(c, product, high);
        return high + addRoundToOdd(highLow, productLow);
    }

    private static double twoProductError(double a, double b, double product) {
        double aSplit = SPLITTER * a;
        double aHigh = aSplit - (aSplit - a);
        double aLow = a - aHigh;
        double bSplit = SPLITTER * b;
        double bHigh = bSplit - (bSplit - b);
        double bLow = b - bHigh;
        return ((aHigh * bHigh - product) + aHigh * bLow + aLow * bHigh) + aLow * bLow;
    }

    private static double twoSumError(double x, double y, double sum) {
        double yPart = sum - x;
        return (x - (sum - yPart)) + (y - yPart);
    }

    /** x + y rounded to odd: when inexact, the neighbour whose last significand bit is 1. */
    private static double addRoundToOdd(double x, double y) {
        double sum = x + y;
        double error = twoSumError(x, y, sum);
        long bits = Double.doubleToLongBits(sum);
        if (error != 0 && (bits & 1) == 0) {
            if (sum == 0) {
                return error > 0 ? Double.MIN_VALUE : -Double.MIN_VALUE;
            }
            bits += (error > 0) == (sum > 0) ? 1 : -1;
            sum = Double.longBitsToDouble(bits);
        }
        return sum;
    }
}
