package dev.torchlet.engine.format;

/**
 * Decimal text of binary floating-point numbers, exactly as CPython writes them:
 * {@code repr(float)} (the shortest string that reads back to the same double) and the
 * fixed/exponent forms of {@code '%.Nf'} and {@code '%.Ne'}. Both tensor printing and the
 * interpreter's float formatting go through here, so the two can never disagree.
 *
 * <p>Everything is computed with exact decimal arithmetic ({@link ExactDecimal}), independent of the
 * platform's {@code Double.toString}/{@code String.format}/{@code BigDecimal} (which differ under TeaVM).
 */
public final class FloatText {
    private FloatText() {
    }

    /** CPython's {@code repr(x)} for a float: {@code 0.1}, {@code 1e-07}, {@code 1e+16}, {@code inf}, {@code nan}, {@code -0.0}. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        ShortestDigits sd = ShortestDigits.of(x);
        // CPython's 'r' format: exponent notation when the decimal point would sit
        // more than 16 places right of the first digit or 4+ places left of it.
        String sign = x < 0 ? "-" : "";
        if (sd.pointPosition() > 16 || sd.pointPosition() <= -4) {
            return sign + exponentForm(sd.digits(), sd.pointPosition() - 1, false);
        }
        return sign + fixedForm(sd.digits(), sd.pointPosition(), true);
    }

    /** {@code '%.{decimals}f' % x} with round-half-even on the exact binary value, as C's printf does. */
    public static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String text = ExactDecimal.of(Math.abs(x)).roundToDecimals(decimals).toFixed(decimals);
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        return negative ? "-" + text : text;
    }

    /** {@code '%.{decimals}e' % x}: one digit, point, {@code decimals} digits, {@code e}, sign, at least two exponent digits. */
    public static String scientific(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        String sign = negative ? "-" : "";
        if (x == 0) {
            StringBuilder zeros = new StringBuilder("0");
            if (decimals > 0) {
                zeros.append('.');
                for (int i = 0; i < decimals; i++) {
                    zeros.append('0');
                }
            }
            return sign + zeros + "e+00";
        }
        ExactDecimal rounded = ExactDecimal.of(Math.abs(x)).roundToSignificant(decimals + 1);
        int exponent = rounded.pointPosition() - 1;
        StringBuilder padded = new StringBuilder(rounded.digits());
        while (padded.length() < decimals + 1) {
            padded.append('0');
        }
        return sign + exponentForm(padded.toString(), exponent, true);
    }

    /** {@code d.ddd e±XX}; when {@code keepAllDigits} is false a lone digit has no point (CPython's repr style). */
    static String exponentForm(String digits, int exponent, boolean keepAllDigits) {
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (digits.length() > 1) {
            sb.append('.').append(digits, 1, digits.length());
        }
        sb.append('e').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) {
            sb.append('0');
        }
        sb.append(abs);
        return sb.toString();
    }

    /** Digits placed around a decimal point at {@code pointPosition} (digits × 10^(pointPosition − len)). */
    static String fixedForm(String digits, int pointPosition, boolean addDotZero) {
        StringBuilder sb = new StringBuilder();
        if (pointPosition <= 0) {
            sb.append("0.");
            for (int i = 0; i < -pointPosition; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (pointPosition >= digits.length()) {
            sb.append(digits);
            for (int i = digits.length(); i < pointPosition; i++) {
                sb.append('0');
            }
            if (addDotZero) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, pointPosition).append('.').append(digits, pointPosition, digits.length());
        }
        return sb.toString();
    }
}
