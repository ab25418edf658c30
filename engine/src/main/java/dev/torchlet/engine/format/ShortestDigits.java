package dev.torchlet.engine.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

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
        double magnitude = Math.abs(x);
        BigDecimal exact = new BigDecimal(magnitude);
        BigDecimal low = exact.add(new BigDecimal(Math.nextDown(magnitude))).divide(BigDecimal.valueOf(2));
        BigDecimal high = exact.add(new BigDecimal(Math.nextUp(magnitude))).divide(BigDecimal.valueOf(2));
        boolean evenSignificand = (Double.doubleToRawLongBits(magnitude) & 1L) == 0;
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            int lowCmp = candidate.compareTo(low);
            int highCmp = candidate.compareTo(high);
            boolean inside = lowCmp > 0 && highCmp < 0;
            boolean onEdge = (lowCmp == 0 || highCmp == 0) && evenSignificand;
            if (inside || onEdge) {
                return fromDecimal(candidate);
            }
        }
        return fromDecimal(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static ShortestDigits fromDecimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        int pointPosition = digits.length() - stripped.scale();
        return new ShortestDigits(digits, pointPosition);
    }
}
