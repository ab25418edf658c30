package dev.torchlet.engine.format;

/**
 * Decimal text in the style of the Dragon4 "unique" mode with a digit cutoff (what NumPy's
 * {@code format_float_positional}/{@code format_float_scientific} do with {@code unique=True,
 * trim='.'}): the shortest digits that identify the value among doubles (or among float32 values),
 * rounded half-even on the exact binary value when they would pass the cutoff, trailing zeros
 * trimmed but the point kept ({@code 1.}, {@code 0.5}, {@code 1.5e-05}, {@code 1.e+10}).
 * Infinities and NaN are not handled here (callers print their own names).
 */
public final class UniqueDecimalText {
    private UniqueDecimalText() {
    }

    /** Positional text with at most {@code maxDecimals} digits after the point: {@code -0.25}, {@code 3.}, {@code 0.33333333}. */
    public static String positional(double x, boolean float32, int maxDecimals) {
        String sign = x < 0 || (x == 0 && 1 / x < 0) ? "-" : "";
        if (x == 0) {
            return sign + "0.";
        }
        ExactDecimal digits = shortest(x, float32);
        if (digits.digits().length() - digits.pointPosition() > maxDecimals) {
            digits = ExactDecimal.of(Math.abs(x)).roundToDecimals(maxDecimals);
        }
        if (digits.isZero()) {
            return sign + "0.";
        }
        String text = FloatText.fixedForm(digits.digits(), digits.pointPosition(), false);
        return sign + (text.indexOf('.') < 0 ? text + "." : text);
    }

    /** Scientific text with at most {@code maxDecimals} mantissa digits after the point: {@code 1.5e-05}, {@code -2.e+10}. */
    public static String scientific(double x, boolean float32, int maxDecimals) {
        String sign = x < 0 || (x == 0 && 1 / x < 0) ? "-" : "";
        if (x == 0) {
            return sign + "0.e+00";
        }
        ExactDecimal digits = shortest(x, float32);
        if (digits.digits().length() > maxDecimals + 1) {
            digits = ExactDecimal.of(Math.abs(x)).roundToSignificant(maxDecimals + 1);
        }
        String mantissa = digits.digits();
        int exponent = digits.pointPosition() - 1;
        StringBuilder sb = new StringBuilder(sign).append(mantissa.charAt(0)).append('.').append(mantissa, 1, mantissa.length());
        sb.append('e').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) {
            sb.append('0');
        }
        return sb.append(abs).toString();
    }

    private static ExactDecimal shortest(double x, boolean float32) {
        ShortestDigits sd = float32 ? ShortestDigits.ofFloat32(x) : ShortestDigits.of(x);
        return new ExactDecimal(sd.digits(), sd.pointPosition());
    }
}
