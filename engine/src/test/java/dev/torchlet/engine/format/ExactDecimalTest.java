package dev.torchlet.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The BigInteger-only decimal arithmetic (which the browser build relies on) agrees with the JDK's
 * BigDecimal and Double.toString on the JVM, over random doubles of every magnitude.
 */
class ExactDecimalTest {
    private static final Random RANDOM = new Random(20261122);

    private static double randomDouble() {
        double x;
        do {
            x = Double.longBitsToDouble(RANDOM.nextLong());
        } while (Double.isNaN(x) || Double.isInfinite(x) || x == 0);
        return Math.abs(x);
    }

    @Test
    void roundsToSignificantDigitsLikeBigDecimal() {
        for (int i = 0; i < 20000; i++) {
            double x = i % 2 == 0 ? randomDouble() : (RANDOM.nextInt(2000) - 1000) / 16.0 + 0.0625;
            if (x == 0) {
                continue;
            }
            int digits = 1 + RANDOM.nextInt(17);
            BigDecimal expected = new BigDecimal(Math.abs(x)).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            ExactDecimal ours = ExactDecimal.of(Math.abs(x)).roundToSignificant(digits);
            assertEquals(expected.unscaledValue().toString(), ours.digits(), "digits of " + x + " to " + digits);
            assertEquals(expected.precision() - expected.scale(), ours.pointPosition(), "point of " + x);
        }
    }

    @Test
    void fixedAndScientificTextMatchTheJdk() {
        for (int i = 0; i < 20000; i++) {
            double x = (RANDOM.nextInt(200000) - 100000) / 64.0 * Math.pow(10, RANDOM.nextInt(9) - 4);
            int decimals = RANDOM.nextInt(8);
            assertEquals(new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).abs().toPlainString(),
                    FloatText.fixed(Math.abs(x), decimals), "fixed " + x + " " + decimals);
        }
        assertEquals("1.0562e+01", FloatText.scientific(10.5625, 4));
        assertEquals("1.0563e+01", FloatText.scientific(10.5625000001, 4));
        assertEquals("-0.0000", FloatText.fixed(-0.0, 4));
    }

    @Test
    void reprIsTheShortestRoundTripLikeJava19DoubleToString() {
        for (int i = 0; i < 20000; i++) {
            double x = randomDouble();
            ShortestDigits ours = ShortestDigits.of(x);
            BigDecimal jdk = new BigDecimal(Double.toString(x)).stripTrailingZeros();
            assertEquals(jdk.unscaledValue().toString(), ours.digits(), "digits of " + x);
        }
        assertEquals("1.2345678901234568e+16", FloatText.repr(1.2345678901234567e16));
        assertEquals("1000000000000000.2", FloatText.repr(1000000000000000.2));
        assertEquals("5e-324", FloatText.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatText.repr(Double.MAX_VALUE));
    }
}
