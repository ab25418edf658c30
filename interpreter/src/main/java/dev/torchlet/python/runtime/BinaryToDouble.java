package dev.torchlet.python.runtime;

import java.math.BigInteger;

/**
 * {@code value × 2^exponent} rounded once to the nearest double (ties to even), from integer
 * arithmetic alone: int/int true division and float(int) must round exactly as CPython's do, and
 * TeaVM's {@code Math.scalb} and {@code BigInteger.doubleValue} do not always.
 */
public final class BinaryToDouble {
    private static final long IMPLICIT_BIT = 1L << 52;

    private BinaryToDouble() {
    }

    /** The nearest double to {@code numerator / denominator} (both positive). */
    public static double ratio(BigInteger numerator, BigInteger denominator) {
        // Scale so the quotient has 55 or 56 bits; a set lowest bit records a non-zero remainder,
        // so the one rounding to 53 bits (or fewer, for a subnormal) is correct.
        int shift = 55 - (numerator.bitLength() - denominator.bitLength());
        BigInteger num = shift >= 0 ? numerator.shiftLeft(shift) : numerator;
        BigInteger den = shift >= 0 ? denominator : denominator.shiftLeft(-shift);
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
        return of(q, -shift);
    }

    /**
     * A decimal literal ({@code 12.5e-3}, already checked: digits, at most one point, an optional
     * exponent; no sign, no underscores) correctly rounded, as CPython's float() and the compiler do.
     */
    public static double parseDecimal(String literal) {
        String text = literal.toLowerCase();
        int e = text.indexOf('e');
        String mantissa = e < 0 ? text : text.substring(0, e);
        long exponent = e < 0 ? 0 : parseExponent(text.substring(e + 1));
        int point = mantissa.indexOf('.');
        String digits = point < 0 ? mantissa : mantissa.substring(0, point) + mantissa.substring(point + 1);
        if (point >= 0) {
            exponent -= mantissa.length() - point - 1;
        }
        String significant = digits.replaceFirst("^0+", "");
        if (significant.isEmpty()) {
            return 0.0;
        }
        // Far outside the double range there is nothing to compute (and 10^exponent would be huge).
        if (significant.length() + exponent > 310) {
            return Double.POSITIVE_INFINITY;
        }
        if (significant.length() + exponent < -330) {
            return 0.0;
        }
        BigInteger value = new BigInteger(significant);
        return exponent >= 0
                ? of(value.multiply(BigInteger.TEN.pow((int) exponent)), 0)
                : ratio(value, BigInteger.TEN.pow((int) -exponent));
    }

    private static long parseExponent(String text) {
        boolean negative = text.startsWith("-");
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            // Saturates: any exponent this large is already out of range.
            value = Math.min(value * 10 + (digits.charAt(i) - '0'), 1_000_000_000L);
        }
        return negative ? -value : value;
    }

    /** The nearest double to {@code value × 2^exponent} ({@code value ≥ 0}); infinity past the largest double. */
    public static double of(BigInteger value, long exponent) {
        if (value.signum() == 0) {
            return 0.0;
        }
        long leading = exponent + value.bitLength() - 1;
        if (leading > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        // Normal results keep 53 bits; subnormal ones the bits at or above 2^-1074.
        long lowestKept = Math.max(leading - 52, -1074);
        long dropped = lowestKept - exponent;
        long significand;
        if (dropped <= 0) {
            significand = value.shiftLeft((int) -dropped).longValue();
        } else if (dropped > value.bitLength()) {
            significand = 0; // below half of the smallest subnormal
        } else {
            int cut = (int) dropped;
            significand = value.shiftRight(cut).longValue();
            boolean halfBit = value.testBit(cut - 1);
            boolean belowHalf = value.getLowestSetBit() < cut - 1;
            if (halfBit && (belowHalf || (significand & 1) != 0)) {
                significand++;
            }
        }
        if (significand == IMPLICIT_BIT << 1) {
            // Rounding carried into a new bit: 2^53 × 2^k is 2^52 × 2^(k+1).
            significand >>= 1;
            lowestKept++;
        }
        if (significand >= IMPLICIT_BIT) {
            long biased = lowestKept + 52 + 1023;
            if (biased >= 2047) {
                return Double.POSITIVE_INFINITY;
            }
            return Double.longBitsToDouble((biased << 52) | (significand - IMPLICIT_BIT));
        }
        return Double.longBitsToDouble(significand);
    }
}
