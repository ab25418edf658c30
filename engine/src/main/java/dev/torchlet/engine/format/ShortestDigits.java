package dev.torchlet.engine.format;

import java.math.BigInteger;

/**
 * The shortest decimal digit string that identifies a finite, non-zero double uniquely
 * (what CPython's repr and Java 19+'s {@code Double.toString} are built on), found with exact
 * decimal arithmetic: the candidate must lie strictly inside the double's rounding interval,
 * or on its edge when the double's significand is even (round-half-even reading).
 *
 * @param digits        significant digits without leading or trailing zeros
 * @param pointPosition value = 0.digits × 10^pointPosition
 */
record ShortestDigits(String digits, int pointPosition) {

    static ShortestDigits of(double x) {
        long bits = Double.doubleToRawLongBits(Math.abs(x));
        ExactDecimal exact = ExactDecimal.of(Math.abs(x));
        ExactDecimal low = halfway(bits, bits - 1);
        ExactDecimal high = halfway(bits, bits + 1);
        boolean evenSignificand = (bits & 1L) == 0;
        for (int precision = 1; precision <= 17; precision++) {
            ExactDecimal candidate = exact.roundToSignificant(precision);
            int lowCmp = candidate.compareTo(low);
            int highCmp = candidate.compareTo(high);
            boolean inside = lowCmp > 0 && highCmp < 0;
            boolean onEdge = (lowCmp == 0 || highCmp == 0) && evenSignificand;
            if (inside || onEdge) {
                return new ShortestDigits(candidate.digits(), candidate.pointPosition());
            }
        }
        ExactDecimal rounded = exact.roundToSignificant(17);
        return new ShortestDigits(rounded.digits(), rounded.pointPosition());
    }

    /** The shortest digits that identify a finite, non-zero float32 among float32 values (9 digits at most). */
    static ShortestDigits ofFloat32(double value) {
        int bits = float32Bits(Math.abs(value));
        ExactDecimal exact = ExactDecimal.of(Math.abs(value));
        ExactDecimal low = halfwayFloat32(bits, bits - 1);
        ExactDecimal high = halfwayFloat32(bits, bits + 1);
        boolean evenSignificand = (bits & 1) == 0;
        for (int precision = 1; precision <= 9; precision++) {
            ExactDecimal candidate = exact.roundToSignificant(precision);
            int lowCmp = candidate.compareTo(low);
            int highCmp = candidate.compareTo(high);
            if ((lowCmp > 0 && highCmp < 0) || ((lowCmp == 0 || highCmp == 0) && evenSignificand)) {
                return new ShortestDigits(candidate.digits(), candidate.pointPosition());
            }
        }
        ExactDecimal rounded = exact.roundToSignificant(9);
        return new ShortestDigits(rounded.digits(), rounded.pointPosition());
    }

    /**
     * The float32 bit pattern of a positive double that is exactly a float32, computed from the
     * double's bits (no float cast: TeaVM's JavaScript output ignores those).
     */
    private static int float32Bits(double positive) {
        long bits = Double.doubleToRawLongBits(positive);
        int exponent = (int) (bits >>> 52) - 1023;
        long fraction = bits & ((1L << 52) - 1);
        if (exponent >= -126) {
            return ((exponent + 127) << 23) | (int) (fraction >>> 29);
        }
        return (int) (((1L << 52) | fraction) >>> (29 + (-126 - exponent)));
    }

    private static ExactDecimal halfwayFloat32(int bitsA, int bitsB) {
        long[] a = mantissaExponent32(bitsA);
        long[] b = mantissaExponent32(bitsB);
        int exponent = (int) Math.min(a[1], b[1]);
        BigInteger sum = BigInteger.valueOf(a[0]).shiftLeft((int) (a[1] - exponent))
                .add(BigInteger.valueOf(b[0]).shiftLeft((int) (b[1] - exponent)));
        return ExactDecimal.of(sum, exponent - 1);
    }

    private static long[] mantissaExponent32(int bits) {
        int biased = bits >>> 23;
        long fraction = bits & ((1 << 23) - 1);
        return biased == 0 ? new long[] {fraction, -149} : new long[] {fraction | (1L << 23), biased - 150};
    }

    /**
     * The exact midpoint of two adjacent non-negative doubles given by their bits (the bits above
     * the largest double read as 2^1024, one unit past it).
     */
    private static ExactDecimal halfway(long bitsA, long bitsB) {
        long[] a = mantissaExponent(bitsA);
        long[] b = mantissaExponent(bitsB);
        int exponent = (int) Math.min(a[1], b[1]);
        BigInteger sum = BigInteger.valueOf(a[0]).shiftLeft((int) (a[1] - exponent))
                .add(BigInteger.valueOf(b[0]).shiftLeft((int) (b[1] - exponent)));
        return ExactDecimal.of(sum, exponent - 1);
    }

    private static long[] mantissaExponent(long bits) {
        int biased = (int) (bits >>> 52);
        long fraction = bits & ((1L << 52) - 1);
        return biased == 0 ? new long[] {fraction, -1074} : new long[] {fraction | (1L << 52), biased - 1075};
    }
}
