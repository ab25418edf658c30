package dev.torchlet.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Integer-only rounding to double agrees with the JDK's correctly rounded conversions, subnormals and overflow included. */
class BinaryToDoubleTest {
    @Test
    void roundsLikeTheJdk() {
        Random random = new Random(7);
        for (int i = 0; i < 50000; i++) {
            BigInteger value = new BigInteger(1 + random.nextInt(200), random);
            int exponent = random.nextInt(2400) - 1200;
            double expected = exponent >= 0
                    ? new java.math.BigDecimal(value.shiftLeft(exponent)).doubleValue()
                    : new java.math.BigDecimal(value).divide(new java.math.BigDecimal(BigInteger.ONE.shiftLeft(-exponent))).doubleValue();
            assertEquals(expected, BinaryToDouble.of(value, exponent), 0.0, value + " * 2^" + exponent);
        }
        assertEquals(Double.MIN_VALUE, BinaryToDouble.of(BigInteger.ONE, -1074), 0.0);
        assertEquals(0.0, BinaryToDouble.of(BigInteger.ONE, -1076), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, BinaryToDouble.of(BigInteger.ONE, 1024), 0.0);
    }

    @Test
    void parsesDecimalLiteralsCorrectlyRounded() {
        Random random = new Random(11);
        for (int i = 0; i < 50000; i++) {
            StringBuilder literal = new StringBuilder();
            int digits = 1 + random.nextInt(25);
            for (int d = 0; d < digits; d++) {
                literal.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                literal.insert(random.nextInt(literal.length() + 1), '.');
            }
            if (random.nextBoolean()) {
                literal.append('e').append(random.nextInt(700) - 350);
            }
            String text = literal.toString().equals(".") ? "0" : literal.toString();
            assertEquals(Double.parseDouble(text), BinaryToDouble.parseDecimal(text), 0.0, text);
        }
        assertEquals(1.2345678901234567e16, BinaryToDouble.parseDecimal("1.2345678901234567e16"), 0.0);
        assertEquals(4.9e-324, BinaryToDouble.parseDecimal("4.9e-324"), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, BinaryToDouble.parseDecimal("1e309"), 0.0);
    }
}
