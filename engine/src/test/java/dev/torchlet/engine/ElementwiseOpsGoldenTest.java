package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Element-wise ops against real PyTorch (goldens/ops.txt from ops_goldens.py). */
class ElementwiseOpsGoldenTest {
    private static final Map<String, String> GOLDENS = GoldenFile.sections("/goldens/ops.txt");

    private static Tensor a() {
        return Torch.tensor(List.of(List.of(1.5, -2.0, 3.25), List.of(0.1, 0.2, 0.3)), null);
    }

    private static Tensor b() {
        return Torch.tensor(List.of(10.0, 20.0, 30.0), null);
    }

    private static Tensor ints() {
        return Torch.tensor(List.of(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L)), null);
    }

    private static final Map<String, Supplier<Tensor>> CASES = Map.ofEntries(
            Map.entry("ones_plus_one", () -> Torch.ones(2, 2).add(Scalar.of(1L))),
            Map.entry("add_broadcast_row", () -> a().add(b())),
            Map.entry("sub_broadcast_column", () -> a().sub(Torch.tensor(List.of(List.of(1.0), List.of(2.0)), null))),
            Map.entry("mul_float_tensors", () -> a().mul(a())),
            Map.entry("div_float_tensors", () -> a().div(b())),
            Map.entry("int_plus_int_scalar", () -> ints().add(Scalar.of(2L))),
            Map.entry("int_plus_float_scalar", () -> ints().add(Scalar.of(0.5))),
            Map.entry("int_div_int_scalar", () -> ints().div(Scalar.of(4L))),
            Map.entry("int_times_int_tensor", () -> ints().mul(ints())),
            Map.entry("scalar_minus_tensor", () -> a().rsub(Scalar.of(2L))),
            Map.entry("scalar_div_tensor", () -> b().rdiv(Scalar.of(1L))),
            Map.entry("neg_float", () -> a().neg()),
            Map.entry("point_one_plus_point_two", () -> Torch.tensor(List.of(0.1), null).add(Torch.tensor(List.of(0.2), null))),
            Map.entry("float64_plus_float32", () -> Torch.tensor(List.of(0.1), DType.FLOAT64).add(Torch.tensor(List.of(0.2), null))),
            Map.entry("bool_plus_int_scalar", () -> Torch.tensor(List.of(true, false), null).add(Scalar.of(1L))));

    static Stream<Arguments> cases() {
        return GOLDENS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch(String name, String expected) {
        Supplier<Tensor> computation = CASES.get(name);
        if (computation == null) {
            throw new AssertionError("golden case '" + name + "' has no Java computation in this test");
        }
        assertEquals(expected, computation.get().toString());
    }

    @Test
    void everyJavaCaseHasAGolden() {
        assertEquals(CASES.keySet().stream().sorted().toList(), GOLDENS.keySet().stream().sorted().toList());
    }

    @Test
    void broadcastMismatchUsesPyTorchsMessage() {
        TorchException e = assertThrows(TorchException.class, () -> Torch.ones(2, 3).add(Torch.ones(4)));
        assertEquals("The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1", e.getMessage());
        assertEquals(TorchException.Kind.RUNTIME_ERROR, e.kind());
    }
}
