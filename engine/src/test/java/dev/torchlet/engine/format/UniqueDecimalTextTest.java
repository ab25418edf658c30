package dev.torchlet.engine.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link UniqueDecimalText} against NumPy 1.24's Dragon4 ({@code format_float_positional} and
 * {@code format_float_scientific} with {@code precision=8, unique=True, trim='.'}) for doubles and
 * float32 values of many magnitudes (goldens from engine/src/test/python/unique_decimal_goldens.py).
 */
class UniqueDecimalTextTest {
    @Test
    void matchesNumpysDragon4() throws IOException {
        String text;
        try (InputStream in = UniqueDecimalTextTest.class.getResourceAsStream("/goldens/unique_decimal.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int checked = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(" ");
            boolean float32 = f[0].equals("float32");
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[1], 16));
            assertEquals(f[2], UniqueDecimalText.positional(x, float32, 8), "positional " + line);
            assertEquals(f[3], UniqueDecimalText.scientific(x, float32, 8), "scientific " + line);
            checked++;
        }
        assertEquals(true, checked > 400, "golden lines read: " + checked);
    }
}
