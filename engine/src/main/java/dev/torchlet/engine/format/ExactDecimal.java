package dev.torchlet.engine.format;

import java.math.BigInteger;

/**
 * The exact decimal value of a non-negative binary fraction {@code mantissa × 2^exponent}, as
 * {@code 0.digits × 10^pointPosition}, with round-half-even to a number of significant digits or of
 * decimals. Built on BigInteger alone: TeaVM's BigDecimal does not round ties correctly, and this
 * text must be the same on the JVM and in the browser.
 *
 * @param digits        significant digits without leading or trailing zeros ("" for zero)
 * @param pointPosition value = 0.digits × 10^pointPosition
 */
record ExactDecimal(String digits, int pointPosition) {
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    /** The exact value of a finite double's magnitude. */
    static ExactDecimal of(double x) {
        long bits = Double.doubleToRawLongBits(x) & Long.MAX_VALUE;
        int biased = (int) (bits >>> 52);
        long fraction = bits & ((1L << 52) - 1);
        // Subnormals have no implicit leading bit and the smallest exponent.
        long mantissa = biased == 0 ? fraction : fraction | (1L << 52);
        int exponent = biased == 0 ? -1074 : biased - 1075;
        return of(BigInteger.valueOf(mantissa), exponent);
    }

    /** The exact value of {@code mantissa × 2^exponent} ({@code mantissa ≥ 0}). */
    static ExactDecimal of(BigInteger mantissa, int exponent) {
        if (mantissa.signum() == 0) {
            return new ExactDecimal("", 0);
        }
        // m × 2^-k = m × 5^k / 10^k: an integer's digits with the point moved k places left.
        String text = exponent >= 0 ? mantissa.shiftLeft(exponent).toString() : mantissa.multiply(FIVE.pow(-exponent)).toString();
        int point = text.length() + Math.min(exponent, 0);
        return normalized(text, point);
    }

    private static ExactDecimal normalized(String text, int point) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '0') {
            start++;
        }
        int end = text.length();
        while (end > start && text.charAt(end - 1) == '0') {
            end--;
        }
        return start == end ? new ExactDecimal("", 0) : new ExactDecimal(text.substring(start, end), point - start);
    }

    boolean isZero() {
        return digits.isEmpty();
    }

    /** Rounded half-even to {@code count} significant digits (count ≥ 1). */
    ExactDecimal roundToSignificant(int count) {
        return roundAt(count);
    }

    /** Rounded half-even to {@code decimals} digits after the decimal point. */
    ExactDecimal roundToDecimals(int decimals) {
        return roundAt(pointPosition + decimals);
    }

    /** Keeps the first {@code kept} digits (may be ≤ 0: the value rounds to 0 or to one unit of that place). */
    private ExactDecimal roundAt(int kept) {
        if (isZero() || kept >= digits.length()) {
            return this;
        }
        if (kept < 0) {
            return new ExactDecimal("", 0);
        }
        char first = digits.charAt(kept);
        boolean restNonZero = kept + 1 < digits.length(); // digits has no trailing zeros
        boolean lastKeptOdd = kept > 0 && (digits.charAt(kept - 1) - '0') % 2 == 1;
        boolean up = first > '5' || (first == '5' && (restNonZero || lastKeptOdd));
        String head = digits.substring(0, kept);
        if (!up) {
            return normalized(head, pointPosition);
        }
        // Add one unit in the last kept place (a carry may add a digit in front).
        String incremented = head.isEmpty() ? "1" : new BigInteger(head).add(BigInteger.ONE).toString();
        int point = pointPosition + (incremented.length() - head.length());
        return normalized(incremented, point);
    }

    /** Numeric comparison of two non-negative values. */
    int compareTo(ExactDecimal other) {
        if (isZero() || other.isZero()) {
            return Boolean.compare(!isZero(), !other.isZero());
        }
        if (pointPosition != other.pointPosition) {
            return Integer.compare(pointPosition, other.pointPosition);
        }
        int length = Math.max(digits.length(), other.digits.length());
        for (int i = 0; i < length; i++) {
            char a = i < digits.length() ? digits.charAt(i) : '0';
            char b = i < other.digits.length() ? other.digits.charAt(i) : '0';
            if (a != b) {
                return Character.compare(a, b);
            }
        }
        return 0;
    }

    /** Plain text with exactly {@code decimals} digits after the point ({@code decimals ≥ 0}). */
    String toFixed(int decimals) {
        StringBuilder sb = new StringBuilder();
        if (pointPosition <= 0 || isZero()) {
            sb.append('0');
        } else {
            for (int i = 0; i < pointPosition; i++) {
                sb.append(i < digits.length() ? digits.charAt(i) : '0');
            }
        }
        if (decimals > 0) {
            sb.append('.');
            for (int i = 0; i < decimals; i++) {
                int index = pointPosition + i;
                sb.append(!isZero() && index >= 0 && index < digits.length() ? digits.charAt(index) : '0');
            }
        }
        return sb.toString();
    }
}
