package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The exact fmod (the browser build relies on it) agrees with the JVM's exact {@code %}, signed zeros included. */
class FloatRemainderTest {
    @Test
    void agreesWithTheJvm() {
        Random random = new Random(3);
        for (int i = 0; i < 100000; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            double y = i % 3 == 0 ? (random.nextInt(17) - 8) * 0.5 : Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            assertEquals(x % y, FloatRemainder.fmod(x, y), 0.0, x + " fmod " + y);
            if (Double.isNaN(x % y)) {
                continue;
            }
            assertEquals(Math.copySign(1, x % y), Math.copySign(1, FloatRemainder.fmod(x, y)), 0.0, "sign of " + x + " fmod " + y);
        }
        assertEquals(-0.0, FloatRemainder.fmod(-2.0, 2.0), 0.0);
        assertEquals(1e300 % 3.0, FloatRemainder.fmod(1e300, 3.0), 0.0);
    }
}
