package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * trace, inverse, det, roll, unfold, broadcast_to, meshgrid, median, mode and unique against real
 * PyTorch (goldens/order_linalg.txt from order_linalg_goldens.py), computed with the Java API.
 */
class OrderLinalgGoldenTest {
    private static final Map<String, String> GOLDENS = GoldenFile.sections("/goldens/order_linalg.txt");
    private static final Map<String, Supplier<Object>> CASES = new LinkedHashMap<>();

    private static Tensor matrix(DType dtype, double[]... rows) {
        List<Object> data = new ArrayList<>();
        for (double[] row : rows) {
            List<Object> r = new ArrayList<>();
            for (double v : row) {
                r.add(v);
            }
            data.add(r);
        }
        return Torch.tensor(data, dtype);
    }

    private static Tensor longs(long... values) {
        List<Object> list = new ArrayList<>();
        for (long v : values) {
            list.add(v);
        }
        return Torch.tensor(list, null);
    }

    private static Tensor m() {
        return matrix(null, new double[] {4, 7}, new double[] {2, 6});
    }

    private static Tensor rows() {
        return matrix(null, new double[] {3, 1, 3, 2, 1}, new double[] {5, 5, 4, 4, 0});
    }

    private static Tensor range(double end) {
        return Torch.arange(Scalar.of(0.0), Scalar.of(end), Scalar.of(1L), null);
    }

    private static Tensor intRange(long end) {
        return Torch.arange(Scalar.of(0L), Scalar.of(end), Scalar.of(1L), null);
    }

    private static String pair(ValuesIndices r) {
        return r.values() + "\n" + r.indices();
    }

    private static String lines(List<Tensor> ts) {
        StringBuilder text = new StringBuilder();
        for (Tensor t : ts) {
            text.append(text.length() == 0 ? "" : "\n").append(t);
        }
        return text.toString();
    }

    /** Python's round(x, 4) of a value that is exact here, printed by repr. */
    private static String rounded(Tensor scalar) {
        return dev.torchlet.engine.format.FloatText.repr(Math.round(scalar.itemAsDouble() * 1e4) / 1e4);
    }

    private static String grad(Function<Tensor, Tensor> f, Tensor input) {
        Tensor leaf = input.to(DType.FLOAT64).requiresGrad_(true);
        Tensor out = f.apply(leaf);
        String name = out.gradFnName();
        out.backward(Torch.arange(Scalar.of(1.0), Scalar.of(out.numel() + 1L), Scalar.of(1L), DType.FLOAT64).reshape(out.shape()), false);
        return name + "\n" + leaf.grad();
    }

    private static String error(Runnable r) {
        try {
            r.run();
        } catch (TorchException e) {
            return e.kind().pythonName() + ": " + e.getMessage();
        }
        throw new AssertionError("expected an error");
    }

    private static void put(String name, Supplier<Object> computation) {
        CASES.put(name, computation);
    }

    static {
        put("trace", () -> MatrixFunctions.trace(m()));
        put("trace_int_rectangular", () -> MatrixFunctions.trace(intRange(6).reshape(2, 3)));
        put("trace_error", () -> error(() -> MatrixFunctions.trace(Torch.ones(3))));
        put("inverse", () -> MatrixFunctions.inverse(matrix(null, new double[] {2, 1}, new double[] {1, 1})));
        put("inverse_3x3_double", () -> MatrixFunctions.inverse(matrix(DType.FLOAT64, new double[] {2, 0, 1}, new double[] {0, 4, 0},
                new double[] {1, 0, 1})));
        put("inverse_int_error", () -> error(() -> MatrixFunctions.inverse(Torch.ones(2, 2).to(DType.INT64))));
        put("det_rounded", () -> rounded(MatrixFunctions.det(m())));
        put("det_3x3_rounded", () -> rounded(MatrixFunctions.det(matrix(null, new double[] {2, 0, 1}, new double[] {1, 3, 0},
                new double[] {0, 1, 4}))));
        put("det_shape_error", () -> error(() -> MatrixFunctions.det(Torch.ones(2, 3))));
        put("roll_flat", () -> WindowsAndGrids.roll(intRange(6), new long[] {2}, new int[0]));
        put("roll_negative", () -> WindowsAndGrids.roll(intRange(6).reshape(2, 3), new long[] {-1}, new int[] {1}));
        put("roll_two_dims", () -> WindowsAndGrids.roll(range(6).reshape(2, 3), new long[] {1, -1}, new int[] {0, 1}));
        put("unfold", () -> WindowsAndGrids.unfold(range(7), 0, 3, 2));
        put("unfold_strides", () -> {
            long[] s = WindowsAndGrids.unfold(intRange(12).reshape(3, 4), 1, 2, 1).stride();
            return "(" + s[0] + ", " + s[1] + ", " + s[2] + ")";
        });
        put("unfold_error", () -> error(() -> WindowsAndGrids.unfold(Torch.ones(2, 3), 1, 4, 1)));
        put("broadcast_to", () -> WindowsAndGrids.broadcastTo(longs(1, 2, 3), 2, 3));
        put("broadcast_to_error", () -> error(() -> WindowsAndGrids.broadcastTo(Torch.ones(2, 3), 3, 3)));
        put("meshgrid_ij", () -> lines(WindowsAndGrids.meshgrid(List.of(longs(1, 2), longs(3, 4, 5)), "ij")));
        put("meshgrid_xy", () -> lines(WindowsAndGrids.meshgrid(List.of(longs(1, 2), longs(3, 4, 5)), "xy")));
        put("median_all", () -> OrderStatistics.median(rows()));
        put("median_even", () -> OrderStatistics.median(matrix(null, new double[] {1, 2, 3, 4}).reshape(4)));
        put("median_dim", () -> pair(OrderStatistics.median(matrix(null, new double[] {1, 5, 3}, new double[] {2, 0, 4}), 1, false)));
        put("median_dim_keepdim", () -> pair(OrderStatistics.median(matrix(null, new double[] {1, 2}, new double[] {3, 4}), 0, true)));
        put("mode_last_dim", () -> pair(OrderStatistics.mode(rows(), -1, false)));
        put("mode_dim0", () -> pair(OrderStatistics.mode(rows(), 0, false)));
        put("mode_int", () -> pair(OrderStatistics.mode(longs(1, 1, 2, 3, 2, 2).reshape(2, 3), 1, false)));
        put("unique", () -> OrderStatistics.unique(longs(3, 1, 2, 3, 1)).values());
        put("unique_inverse_counts", () -> {
            OrderStatistics.Unique u = OrderStatistics.unique(matrix(null, new double[] {2, 2}, new double[] {0, 7}));
            return lines(List.of(u.values(), u.inverse(), u.counts()));
        });
        put("grad_trace", () -> grad(MatrixFunctions::trace, matrix(null, new double[] {1, 2, 3}, new double[] {4, 5, 6})));
        put("grad_inverse", () -> grad(MatrixFunctions::inverse, m()));
        put("grad_roll", () -> grad(t -> WindowsAndGrids.roll(t, new long[] {1}, new int[] {1}), Torch.ones(2, 3)));
        put("grad_unfold_overlapping", () -> grad(t -> WindowsAndGrids.unfold(t, 0, 3, 1), Torch.ones(5)));
        put("grad_median", () -> grad(OrderStatistics::median, matrix(null, new double[] {1, 5, 3, 5}).reshape(4)));
        put("grad_median_dim", () -> grad(t -> OrderStatistics.median(t, 1, false).values(),
                matrix(null, new double[] {1, 5, 3}, new double[] {2, 0, 4})));
        put("grad_mode", () -> grad(t -> OrderStatistics.mode(t, 1, false).values(),
                matrix(null, new double[] {1, 5, 1}, new double[] {2, 0, 2})));
    }

    static Stream<Arguments> cases() {
        return GoldenFile.cases("/goldens/order_linalg.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch(String name, String expected) {
        Supplier<Object> computation = CASES.get(name);
        if (computation == null) {
            throw new AssertionError("golden case '" + name + "' has no Java computation in this test");
        }
        assertEquals(expected, String.valueOf(computation.get()));
    }

    @Test
    void everyJavaCaseHasAGolden() {
        assertEquals(CASES.keySet().stream().sorted().toList(), GOLDENS.keySet().stream().sorted().toList());
    }
}
