package dev.torchlet.engine.random;

import dev.torchlet.engine.TorchException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.torchlet.engine.GoldenFile;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded torch.randint equals real PyTorch's integers, for 32-bit and 64-bit ranges (goldens/random/randint.txt). */
class RandintGoldenTest {
    static Stream<Arguments> cases() {
        return GoldenFile.cases("/goldens/random/randint.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch(String header, String values) {
        String[] parts = header.split(" ");
        Generator generator = new Generator(Long.parseLong(parts[0]));
        long low = Long.parseLong(parts[1]);
        long high = Long.parseLong(parts[2]);
        long[] expected = Arrays.stream(values.split(" ")).mapToLong(Long::parseLong).toArray();
        long[] drawn = new long[expected.length];
        int offset = 0;
        for (String size : parts[3].split(",")) {
            int n = Integer.parseInt(size);
            generator.fillRandint(drawn, offset, n, low, high);
            offset += n;
        }
        assertArrayEquals(expected, drawn);
    }

    @Test
    void emptyRangeIsRejected() {
        assertThrows(TorchException.class, () -> new Generator(0).fillRandint(new long[1], 0, 1, 3, 3));
    }
}
