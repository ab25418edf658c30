package dev.torchlet.engine;

/**
 * float64 arithmetic that Java lacks on every platform Torchlet runs on: TeaVM has no
 * {@code Math.fma}, and PyTorch's CPU kernels are built with FMA contraction, so {@code a * b + c}
 * there rounds once.
 */
public final class Float64 {
    private Float64() {
    }

    private static final double SPLITTER = 134217729.0; // 2^27 + 1, Veltkamp's split of a double

    /**
     * {@code a * b + c} rounded once, for doubles (Boldo & Melquiond, "Emulation of FMA and correctly
     * rounded sums: proved algorithms using rounding to odd", 2008): the exact product as a sum of two
     * doubles (Dekker), the exact sum with c (TwoSum), the low parts added with rounding to odd, then
     * one rounding to nearest. Specials and values near overflow fall back to the unfused form.
     */
    public static double fma(double a, double b, double c) {
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
        // a + (b − c) written as a − (c − b) (the same value exactly): TeaVM's JavaScript output prints
        // the first as a + b − c, which rounds differently.
        return (x - (sum - yPart)) - (yPart - y);
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

    /**
     * A float's conversion to int64 as PyTorch's CPU casts compute it (x86's truncating convert):
     * toward zero, and NaN or anything outside int64's range becomes Long.MIN_VALUE. Java's cast
     * would give 0 or saturate, and TeaVM's JavaScript output fails on NaN and infinities.
     */
    public static long truncateToLong(double x) {
        if (x != x || x >= 0x1p63 || x < -0x1p63) {
            return Long.MIN_VALUE;
        }
        return (long) x;
    }
}
