package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Float sums and means equal PyTorch's bit for bit, whatever the shape, layout and dimension (goldens/sum_order.txt). */
class SumOrderGoldenTest {
    static Stream<Arguments> cases() {
        return GoldenFile.cases("/goldens/sum_order.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void addsInPyTorchsOrder(String header, String values) {
        String[] parts = header.split(" ");
        DType dtype = DType.valueOf(parts[1].toUpperCase());
        Torch.manualSeed(Long.parseLong(parts[2]));
        long[] shape = Arrays.stream(parts[3].split(",")).mapToLong(Long::parseLong).toArray();
        Tensor t = Torch.randn(shape, DType.FLOAT32).to(dtype);
        if (!parts[4].equals("none")) {
            String[] dims = parts[4].split(",");
            t = t.transpose(Integer.parseInt(dims[0]), Integer.parseInt(dims[1]));
        }
        boolean mean = parts[0].equals("mean");
        Tensor result = parts[5].equals("all")
                ? (mean ? t.mean() : t.sum())
                : (mean ? t.mean(Integer.parseInt(parts[5]), false) : t.sum(Integer.parseInt(parts[5]), false));
        String[] expected = values.split(" ");
        assertEquals(expected.length, result.numel(), "number of values");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.parseDouble(expected[i]), result.contiguous().doubleAt(i), 0.0, "value " + i);
        }
    }
}
