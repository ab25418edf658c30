package dev.torchlet.engine.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.torchlet.engine.GoldenFile;
import java.util.Arrays;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded torch.randperm equals real PyTorch's permutations, call after call (goldens/random/randperm.txt). */
class RandpermGoldenTest {
    static Stream<Arguments> cases() {
        return GoldenFile.cases("/goldens/random/randperm.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch(String header, String values) {
        String[] parts = header.split(" ");
        Generator generator = new Generator(Long.parseLong(parts[0]));
        long[] expected = values.isEmpty() ? new long[0] : Arrays.stream(values.split(" ")).mapToLong(Long::parseLong).toArray();
        LongStream drawn = LongStream.empty();
        for (String size : parts[1].split(",")) {
            drawn = LongStream.concat(drawn, Arrays.stream(generator.randperm(Integer.parseInt(size))));
        }
        assertArrayEquals(expected, drawn.toArray());
    }
}
