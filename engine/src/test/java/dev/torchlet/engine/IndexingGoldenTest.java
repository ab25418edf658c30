package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.torchlet.engine.format.SizeText;
import dev.torchlet.engine.indexing.TensorIndex;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Indexing against real PyTorch (goldens/indexing.txt from indexing_goldens.py): values, and strides of views. */
class IndexingGoldenTest {
    private static final Map<String, String> GOLDENS = GoldenFile.sections("/goldens/indexing.txt");
    private static final Tensor X = Torch.arange(Scalar.of(0.0), Scalar.of(24L), Scalar.of(1L), null).reshape(2, 3, 4);
    private static final Tensor M = Torch.tensor(List.of(true, false, true), null);

    private static TensorIndex at(long i) {
        return TensorIndex.at(i);
    }

    private static TensorIndex all() {
        return TensorIndex.ALL;
    }

    private static TensorIndex of(Object data) {
        return TensorIndex.of(Torch.tensor(data, null));
    }

    private static Tensor longs(Object data) {
        return Torch.tensor(data, null);
    }

    private static Tensor put(List<TensorIndex> key, Tensor value) {
        Tensor y = X.clone();
        y.indexPut(key, value, false);
        return y;
    }

    private static final Map<String, Supplier<Tensor>> CASES = Map.ofEntries(
            Map.entry("int", () -> X.index(at(1))),
            Map.entry("negative_ints", () -> X.index(at(-1), at(-2))),
            Map.entry("slice_step", () -> X.index(all(), TensorIndex.slice(1L, null, 1), TensorIndex.slice(null, null, 3))),
            Map.entry("ellipsis", () -> X.index(TensorIndex.ELLIPSIS, at(2))),
            Map.entry("none", () -> X.index(TensorIndex.NONE, at(0), all(), TensorIndex.NONE, at(1))),
            Map.entry("int_tensor", () -> X.index(of(List.of(1L, 0L, 1L)))),
            Map.entry("list_pair", () -> X.index(of(List.of(0L, 1L)), of(List.of(2L, 0L)))),
            Map.entry("adjacent_advanced_after_slice", () -> X.index(all(), of(List.of(0L, 2L)), of(List.of(1L, 3L)))),
            Map.entry("separated_advanced_go_first", () -> X.index(of(List.of(0L, 1L)), all(), of(List.of(1L, 2L)))),
            Map.entry("advanced_broadcast", () -> X.index(of(List.of(List.of(0L), List.of(1L))), at(1), of(List.of(0L, 3L)))),
            Map.entry("mask_dim1", () -> X.index(all(), TensorIndex.of(M))),
            Map.entry("mask_2d", () -> X.index(at(0)).index(of(List.of(List.of(true, false, false, true),
                    List.of(false, false, false, false), List.of(true, true, true, true))))),
            Map.entry("mask_from_comparison", () -> X.index(TensorIndex.of(Comparisons.gt(X, Torch.full(new long[0], Scalar.of(17.5),
                    DType.FLOAT32))))),
            Map.entry("put_where_comparison", () -> put(List.of(TensorIndex.of(Comparisons.lt(X, Torch.full(new long[0],
                    Scalar.of(3L), DType.FLOAT32)))), Torch.full(new long[0], Scalar.of(-7.0), DType.FLOAT32))),
            Map.entry("put_int", () -> put(List.of(at(0)), Torch.full(new long[0], Scalar.of(-1.0), DType.FLOAT32))),
            Map.entry("put_slice_broadcast", () -> put(List.of(all(), at(1)), Torch.tensor(List.of(7.0, 8.0, 9.0, 10.0), null))),
            Map.entry("put_advanced", () -> put(List.of(of(List.of(0L, 1L, 1L)), of(List.of(2L, 0L, 0L))),
                    Torch.tensor(List.of(100.0), null))),
            Map.entry("put_mask", () -> put(List.of(at(1), TensorIndex.of(M)), Torch.full(new long[0], Scalar.of(0.5), DType.FLOAT32))),
            Map.entry("index_select", () -> X.indexSelect(2, longs(List.of(3L, 0L)))),
            Map.entry("masked_select", () -> X.select(0, 0).maskedSelect(Torch.tensor(List.of(true, false, true, false), null))),
            Map.entry("masked_fill", () -> X.select(0, 1).maskedFill(M.reshape(3, 1), Scalar.of(-2.5))),
            Map.entry("where", () -> Torch.where(M.reshape(3, 1), X.select(0, 0), Torch.tensor(List.of(0.5, 1.5, 2.5, 3.5), null))),
            Map.entry("nonzero", () -> longs(List.of(List.of(0L, 1L, 0L), List.of(2L, 0L, 3L))).nonzero()),
            Map.entry("gather", () -> X.select(0, 0).gather(1, longs(List.of(List.of(3L, 0L), List.of(1L, 1L), List.of(2L, 0L))))),
            Map.entry("scatter", () -> Torch.zeros(3, 4).scatter(1, longs(List.of(List.of(0L), List.of(3L), List.of(1L))),
                    X.index(at(1), all(), TensorIndex.slice(null, 1L, 1)))),
            Map.entry("scatter_value", () -> Torch.zeros(2, 3).scatter(0, longs(List.of(List.of(1L, 0L, 1L))), Scalar.of(4.0))),
            Map.entry("scatter_add", () -> Torch.ones(2, 4).scatterAdd(1, longs(List.of(List.of(0L, 0L, 3L), List.of(2L, 2L, 2L))),
                    X.index(at(0), TensorIndex.slice(null, 2L, 1), TensorIndex.slice(null, 3L, 1)))),
            Map.entry("take", () -> X.take(longs(List.of(List.of(23L, 0L), List.of(-1L, 5L))))));

    static Stream<Arguments> cases() {
        return GoldenFile.cases("/goldens/indexing.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch(String name, String expected) {
        Supplier<Tensor> computation = CASES.get(name);
        if (computation == null) {
            throw new AssertionError("golden case '" + name + "' has no Java computation in this test");
        }
        Tensor t = computation.get();
        String text = t.toString();
        if (t.sharesStorageWith(X)) {
            text += "\nview stride=" + SizeText.tuple(t.stride()) + " offset=" + t.storageOffset();
        }
        assertEquals(expected, text);
    }

    @Test
    void everyJavaCaseHasAGolden() {
        assertEquals(CASES.keySet().stream().sorted().toList(), GOLDENS.keySet().stream().sorted().toList());
    }

    @Test
    void errorsUsePyTorchsWording() {
        TorchException tooMany = assertThrows(TorchException.class, () -> X.index(at(0), at(0), at(0), at(0)));
        assertEquals("too many indices for tensor of dimension 3", tooMany.getMessage());
        assertEquals(TorchException.Kind.INDEX_ERROR, tooMany.kind());
        TorchException outOfRange = assertThrows(TorchException.class, () -> X.index(all(), of(List.of(0L, 5L))));
        assertEquals("index 5 is out of bounds for dimension 0 with size 3", outOfRange.getMessage());
        TorchException mask = assertThrows(TorchException.class, () -> X.index(TensorIndex.of(M)));
        assertEquals("The shape of the mask [3] at index 0 does not match the shape of the indexed tensor [2, 3, 4] at index 0",
                mask.getMessage());
        TorchException gather = assertThrows(TorchException.class,
                () -> Torch.zeros(2, 3).gather(0, Torch.full(new long[] {2, 5}, Scalar.of(0L), DType.INT64)));
        assertEquals("Size does not match at dimension 1 expected index [2, 5] to be smaller than self [2, 3] apart from dimension 0",
                gather.getMessage());
        TorchException scatter = assertThrows(TorchException.class, () -> Torch.zeros(2, 3)
                .scatter(0, Torch.full(new long[] {2, 2}, Scalar.of(0L), DType.INT64), Torch.ones(1, 2)));
        assertEquals("Expected index [2, 2] to be smaller than self [2, 3] apart from dimension 0 and to be smaller size than src [1, 2]",
                scatter.getMessage());
        TorchException leaf = assertThrows(TorchException.class,
                () -> Torch.ones(3).requiresGrad_(true).indexPut(List.of(at(0)), Scalar.of(1L)));
        assertEquals("a leaf Variable that requires grad is being used in an in-place operation.", leaf.getMessage());
    }
}
