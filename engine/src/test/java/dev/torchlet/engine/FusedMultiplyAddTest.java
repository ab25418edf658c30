package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The multiply-add emulations (TeaVM has no Math.fma) against the JVM's Math.fma, near-cancellations included. */
class FusedMultiplyAddTest {
    @Test
    void float32MultiplyAddIsRoundedOnce() {
        Random random = new Random(2);
        for (int i = 0; i < 300_000; i++) {
            float a = (float) (random.nextGaussian() * Math.pow(2, random.nextInt(20) - 10));
            float b = (float) random.nextGaussian();
            float c = i % 3 == 0 ? (float) (-(double) a * b * (1 + random.nextGaussian() * 1e-6))
                    : (float) (random.nextGaussian() * Math.pow(2, random.nextInt(30) - 15));
            assertEquals(Math.fma(a, b, c), Float32.fma(a, b, c), a + " * " + b + " + " + c);
        }
    }

    @Test
    void float64MultiplyAddIsRoundedOnce() {
        Random random = new Random(1);
        for (int i = 0; i < 300_000; i++) {
            double a = random.nextGaussian() * Math.pow(2, random.nextInt(40) - 20);
            double b = random.nextGaussian();
            double c = i % 3 == 0 ? -a * b * (1 + random.nextGaussian() * 1e-12)
                    : random.nextGaussian() * Math.pow(2, random.nextInt(60) - 30);
            assertEquals(Math.fma(a, b, c), Float64.fma(a, b, c), a + " * " + b + " + " + c);
        }
    }
}
