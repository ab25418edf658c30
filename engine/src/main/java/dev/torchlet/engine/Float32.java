package dev.torchlet.engine;

/**
 * Rounding to float32 that holds on every platform Torchlet runs on. TeaVM's JavaScript output keeps
 * {@code float} values in double precision and compiles {@code (float)} casts and float arithmetic to
 * plain double arithmetic, so code that relies on a cast to round (a float32 accumulator, an update
 * rule rounded after each step) computes different digits there. A round trip through the bit
 * pattern goes through a Float32Array in JavaScript and rounds for real; on the JVM and in Wasm it
 * is a plain conversion the compiler folds away.
 */
public final class Float32 {
    /** The 29 low significand bits of a double that sits exactly halfway between two floats. */
    private static final long FLOAT_TIE_MASK = (1L << 29) - 1;
    private static final long FLOAT_TIE = 1L << 28;

    private Float32() {
    }

    /** {@code x} rounded to the nearest float32 (ties to even), as a float. */
    public static float round(double x) {
        return Float.intBitsToFloat(Float.floatToRawIntBits((float) x));
    }

    /**
     * {@code a * b + c} for float32 values with one rounding, as an FMA instruction computes it. The
     * product of two floats is exact in double; the double sum rounds once more, which can land exactly
     * halfway between two floats only because of that rounding, so the sum is nudged toward the exact
     * value (its error, by Knuth's TwoSum) before the final rounding.
     */
    public static float fma(double a, double b, double c) {
        double product = a * b;
        double sum = product + c;
        double productPart = sum - c;
        // a + (b − c) written as a − (c − b) (the same value exactly): TeaVM's JavaScript output prints
        // the first as a + b − c, which rounds differently.
        double error = (product - productPart) - ((sum - productPart) - c);
        long bits = Double.doubleToLongBits(sum);
        if (error != 0 && (bits & FLOAT_TIE_MASK) == FLOAT_TIE) {
            bits += (error > 0) == (sum > 0) ? 1 : -1;
            sum = Double.longBitsToDouble(bits);
        }
        return round(sum);
    }
}
