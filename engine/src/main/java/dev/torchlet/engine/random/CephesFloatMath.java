package dev.torchlet.engine.random;

import dev.torchlet.engine.Float32;

/**
 * Single-precision {@code log} and {@code sincos} evaluated exactly as PyTorch's AVX2
 * {@code randn} kernel does (the Cephes polynomial approximations of the widely used
 * "avx_mathfun" routines): same range reduction, same coefficients, same order of float
 * operations, each rounded to float32 on every target ({@link Float32#round}) — including the multiply-adds the C++ compiler fuses into FMA instructions there,
 * marked by {@link #fma}. Java's correctly rounded {@code Math.log}/{@code Math.sin} differ in
 * the last bits, which would break bit-for-bit agreement with PyTorch's random streams
 * (checked over thousands of values by RandomGoldenTest).
 */
final class CephesFloatMath {
    private static final float SQRT_HALF = 0.707106781186547524f;
    private static final float[] LOG_POLY = {
        7.0376836292E-2f, -1.1514610310E-1f, 1.1676998740E-1f, -1.2420140846E-1f, 1.4249322787E-1f,
        -1.6668057665E-1f, 2.0000714765E-1f, -2.4999993993E-1f, 3.3333331174E-1f};
    private static final float LOG_Q1 = -2.12194440e-4f;
    private static final float LOG_Q2 = 0.693359375f;

    private static final float FOUR_OVER_PI = 1.27323954473516f;
    private static final float DP1 = -0.78515625f;
    private static final float DP2 = -2.4187564849853515625e-4f;
    private static final float DP3 = -3.77489497744594108e-8f;
    private static final float[] COS_POLY = {2.443315711809948E-005f, -1.388731625493765E-003f, 4.166664568298827E-002f};
    private static final float[] SIN_POLY = {-1.9515295891E-4f, 8.3321608736E-3f, -1.6666654611E-1f};

    private CephesFloatMath() {
    }

    /** a × b + c with one rounding to float, as the FMA instructions of PyTorch's AVX2 build compute it. */
    static float fma(float a, float b, float c) {
        return Float32.fma(a, b, c);
    }

    /** Natural log for positive normal inputs (the only ones the generator passes). */
    static float log(float input) {
        float x = Math.max(input, Float.MIN_NORMAL);
        int bits = Float.floatToRawIntBits(x);
        int biasedExponent = bits >>> 23;
        // Keep the mantissa, with the exponent of 0.5: x in [0.5, 1).
        x = Float.intBitsToFloat((bits & ~0x7f800000) | Float.floatToRawIntBits(0.5f));
        float e = (float) (biasedExponent - 0x7f);
        e = e + 1;
        boolean small = x < SQRT_HALF;
        float tmp = small ? x : 0f;
        x = x - 1;
        e = e - (small ? 1f : 0f);
        x = Float32.round(x + tmp);
        float z = Float32.round(x * x);
        float y = LOG_POLY[0];
        for (int i = 1; i < LOG_POLY.length; i++) {
            y = fma(y, x, LOG_POLY[i]);
        }
        y = Float32.round(y * x);
        y = fma(y, z, Float32.round(e * LOG_Q1));
        y = fma(-z, 0.5f, y);
        x = Float32.round(x + y);
        return fma(e, LOG_Q2, x);
    }

    /** {@code [sin(x), cos(x)]} from one shared range reduction. */
    static float[] sinCos(float input) {
        boolean negative = Float.floatToRawIntBits(input) < 0;
        float x = Math.abs(input);
        int octant = (int) Float32.round(x * FOUR_OVER_PI);
        octant = (octant + 1) & ~1;
        float y = (float) octant;
        boolean swapSinSign = (octant & 4) != 0;
        boolean sinPolynomialIsSin = (octant & 2) == 0;
        x = fma(y, DP1, x);
        x = fma(y, DP2, x);
        x = fma(y, DP3, x);
        boolean cosNegative = ((~(octant - 2)) & 4) != 0;
        boolean sinNegative = negative ^ swapSinSign;

        float z = Float32.round(x * x);
        float cosPoly = COS_POLY[0];
        cosPoly = fma(cosPoly, z, COS_POLY[1]);
        cosPoly = fma(cosPoly, z, COS_POLY[2]);
        cosPoly = Float32.round(cosPoly * z);
        cosPoly = fma(cosPoly, z, -(z * 0.5f));
        cosPoly = Float32.round(cosPoly + 1);

        float sinPoly = SIN_POLY[0];
        sinPoly = fma(sinPoly, z, SIN_POLY[1]);
        sinPoly = fma(sinPoly, z, SIN_POLY[2]);
        sinPoly = Float32.round(sinPoly * z);
        sinPoly = fma(sinPoly, x, x);

        float sin = sinPolynomialIsSin ? sinPoly : cosPoly;
        float cos = sinPolynomialIsSin ? cosPoly : sinPoly;
        return new float[] {sinNegative ? -sin : sin, cosNegative ? -cos : cos};
    }
}
