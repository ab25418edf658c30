package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tensors rebuilt from goldens/printing.txt (printing_goldens.py) print exactly as PyTorch printed them. */
class PrintingGoldenTest {
    static Stream<Arguments> cases() {
        return GoldenFile.cases("/goldens/printing.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsLikePyTorch(String name, String section) {
        String[] lines = section.split("\n", 4);
        DType dtype = DType.valueOf(lines[0].substring("dtype ".length()).toUpperCase());
        String shapeText = lines[1].substring("shape".length()).trim();
        String valuesText = lines[2].substring("values".length()).trim();
        long[] shape = shapeText.isEmpty() ? new long[0]
                : Stream.of(shapeText.split(" ")).mapToLong(Long::parseLong).toArray();
        List<Object> flat = new ArrayList<>();
        if (!valuesText.isEmpty()) {
            for (String v : valuesText.split(" ")) {
                flat.add(dtype.isFloatingPoint() ? (Object) parseFloatHex(v)
                        : dtype == DType.BOOL ? (Object) (v.equals("1")) : (Object) Long.parseLong(v));
            }
        }
        // Nested lists cannot say "0 rows of 3", so empty tensors are made by shape.
        Tensor t = flat.isEmpty() ? Torch.full(shape, Scalar.of(0L), dtype) : Torch.tensor(nest(flat, shape, 0, new int[1]), dtype);
        assertEquals(lines[3], t.toString());
    }

    /** Python's float.hex() text, including its spellings of nan and the infinities. */
    private static double parseFloatHex(String text) {
        return switch (text) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static Object nest(List<Object> flat, long[] shape, int dim, int[] next) {
        if (dim == shape.length) {
            return flat.get(next[0]++);
        }
        List<Object> list = new ArrayList<>();
        for (long i = 0; i < shape[dim]; i++) {
            list.add(nest(flat, shape, dim + 1, next));
        }
        return list;
    }
}
