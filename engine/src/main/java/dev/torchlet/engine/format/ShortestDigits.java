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
