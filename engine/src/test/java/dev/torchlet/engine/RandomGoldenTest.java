package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded torch.rand/torch.randn equal real PyTorch's values bit for bit (goldens/random.txt). */
class RandomGoldenTest {
    static Stream<Arguments> cases() {
        return GoldenFile.cases("/goldens/random.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorchBitForBit(String header, String values) {
        String[] parts = header.split(" ");
        DType dtype = DType.valueOf(parts[1].toUpperCase());
        Torch.manualSeed(Long.parseLong(parts[2]));
        List<Double> drawn = new ArrayList<>();
        for (String size : parts[3].split(",")) {
            long[] shape = {Long.parseLong(size)};
            Tensor t = parts[0].equals("rand") ? Torch.rand(shape, dtype) : Torch.randn(shape, dtype);
            for (int i = 0; i < t.numel(); i++) {
                drawn.add(t.doubleAt(i));
            }
        }
        String[] expected = values.split(" ");
        assertEquals(expected.length, drawn.size(), "number of values");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.parseDouble(expected[i]), drawn.get(i), 0.0, "value " + i);
        }
    }
}
