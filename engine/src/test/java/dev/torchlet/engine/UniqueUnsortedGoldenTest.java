package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * unique(sorted=False, return_inverse=True, return_counts=True) against real PyTorch
 * (goldens/unique_unsorted.txt from unique_unsorted_goldens.py): every value bit for bit (NaN,
 * -0.0) in PyTorch's order, every inverse index and count.
 */
class UniqueUnsortedGoldenTest {
    static Stream<Arguments> cases() {
        return GoldenFile.cases("/goldens/unique_unsorted.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch(String name, String body) {
        String[] lines = body.split("\n", -1);
        DType dtype = Arrays.stream(DType.values()).filter(d -> d.pytorchName().equals(lines[0])).findFirst().orElseThrow();
        long[] shape = Arrays.stream(lines[1].split(" ")).mapToLong(Long::parseLong).toArray();
        Tensor input = Torch.tensor(numbers(lines[2]), dtype).reshape(shape);

        OrderStatistics.Unique u = OrderStatistics.unique(input, false);

        assertEquals(dtype, u.values().dtype());
        assertArrayEquals(bits(numbers(lines[3])), bits(u.values()), "values");
        assertArrayEquals(shape, u.inverse().shape(), "inverse shape");
        assertArrayEquals(bits(numbers(lines[4])), bits(u.inverse()), "inverse");
        assertArrayEquals(bits(numbers(lines[5])), bits(u.counts()), "counts");
    }

    /** Python reprs (nan, inf, -0.0, True) as Java numbers; "-" is the empty list. */
    private static List<Object> numbers(String line) {
        List<Object> out = new ArrayList<>();
        if (line.equals("-")) {
            return out;
        }
        for (String token : line.split(" ")) {
            out.add(switch (token) {
                case "True" -> 1L;
                case "False" -> 0L;
                case "nan" -> Double.NaN;
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                default -> token.contains(".") || token.contains("e") ? (Object) Double.parseDouble(token) : (Object) Long.parseLong(token);
            });
        }
        return out;
    }

    /** An integer as itself, a float as its bits (NaN as one NaN), so that -0.0 and 0.0 differ. */
    private static long[] bits(List<Object> numbers) {
        return numbers.stream().mapToLong(v -> v instanceof Double d ? Double.doubleToLongBits(d) : (Long) v).toArray();
    }

    private static long[] bits(Tensor t) {
        long[] out = new long[(int) t.numel()];
        Tensor flat = t.reshape(-1);
        for (int i = 0; i < out.length; i++) {
            out[i] = t.dtype().isFloatingPoint() ? Double.doubleToLongBits(flat.doubleAt(i)) : flat.longAt(i);
        }
        return out;
    }
}
