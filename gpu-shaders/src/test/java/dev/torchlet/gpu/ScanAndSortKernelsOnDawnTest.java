package dev.torchlet.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * cumsum/cumprod and the stable sort on WebGPU (Dawn on SwiftShader) against plain loops over the
 * same buffers: read through views that are not contiguous (transposed, at an offset), written
 * after sentinels that must stay. Scans add and multiply in row order in float (as the kernel
 * does), so they match exactly; sorts must give exactly the stable order — ties, NaN and both
 * zeros included — and the same indices.
 */
class ScanAndSortKernelsOnDawnTest {
    private static final int SENTINEL = 77;
    private static final int OFFSET = 2;

    private record Case(DawnRunner.Job job, Consumer<DawnRunner.Result> check) {
    }

    private final Random random = new Random(11);
    private final List<Case> cases = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> scansAndSortsMatchTheCpu() throws Exception {
        // [rows, length] stored transposed at an offset, so rows and dim strides are both not 1.
        for (ScanKernels.ScanOp op : ScanKernels.ScanOp.values()) {
            scan(op, transposedView(GpuDType.FLOAT32, 300, 7), 0);
            scan(op, transposedView(GpuDType.FLOAT32, 300, 7), 1);
            scan(op, transposedView(GpuDType.INT32, 5, 40), 0);
            scan(op, contiguousView(GpuDType.INT32, 2, 3, 4), 1);
        }
        for (boolean descending : new boolean[] {false, true}) {
            sort(transposedView(GpuDType.FLOAT32, 9, 40), 0, descending); // 40 rows of 9
            sort(transposedView(GpuDType.FLOAT32, 9, 40), 1, descending); // 9 rows of 40
            sort(contiguousView(GpuDType.FLOAT32, 3, 700), 1, descending); // rows longer than a workgroup
            sort(transposedView(GpuDType.INT32, 6, 50), 1, descending);
            sort(contiguousView(GpuDType.BOOL, 4, 9), 1, descending);
            sort(contiguousView(GpuDType.FLOAT32, 5, 1), 1, descending); // rows of one
        }
        List<DawnRunner.Job> jobs = cases.stream().map(Case::job).toList();
        Map<String, DawnRunner.Result> results = DawnRunner.run(jobs, Path.of("target/dawn-scans-sorts"));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.job().name, () -> {
            DawnRunner.Result result = results.get(c.job().name);
            assertEquals(List.of(), result.errors(), "WebGPU errors");
            c.check().accept(result);
        }));
    }

    @Test
    void rowsTooLongForThePairwiseSortAreRefused() {
        TensorLayout input = TensorLayout.contiguous(GpuDType.FLOAT32, 2, SortKernels.MAX_ROW_LENGTH + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SortKernels.sort(input, 1, false,
                input, TensorLayout.contiguous(GpuDType.INT32, input.shape())));
        assertTrue(e.getMessage().contains("at most " + SortKernels.MAX_ROW_LENGTH), e.getMessage());
    }

    /** A layout and the whole buffer it views. */
    private record Operand(TensorLayout layout, int[] words) {
    }

    /** A [rows, columns] tensor stored as the transpose of a [columns, rows] buffer, 3 words in. */
    private Operand transposedView(GpuDType dtype, int rows, int columns) {
        int[] words = values(dtype, 3 + rows * columns);
        return new Operand(new TensorLayout(new int[] {rows, columns}, new int[] {1, rows}, 3, dtype), words);
    }

    private Operand contiguousView(GpuDType dtype, int... shape) {
        TensorLayout layout = TensorLayout.contiguous(dtype, shape);
        return new Operand(layout, values(dtype, layout.numel()));
    }

    /**
     * Values with many ties: small integers and halves for f32 (with NaN, -0.0, 0.0 and the
     * infinities mixed in), small ints, 0/1 for bool. Products of a few stay exact in float.
     */
    private int[] values(GpuDType dtype, int n) {
        int[] words = new int[n];
        float[] specials = {Float.NaN, -0.0f, 0.0f, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        for (int i = 0; i < n; i++) {
            words[i] = switch (dtype) {
                case FLOAT32 -> Float.floatToRawIntBits(random.nextInt(12) == 0 ? specials[random.nextInt(specials.length)]
                        : (random.nextInt(9) - 4) * 0.5f);
                case INT32 -> random.nextInt(11) - 5;
                case BOOL -> random.nextInt(2);
            };
        }
        return words;
    }

    private void scan(ScanKernels.ScanOp op, Operand input, int dim) {
        TensorLayout layout = input.layout();
        String name = op.pytorchName() + "/" + layout.dtype().storageType() + " dim " + dim + " of " + Arrays.toString(layout.shape());
        TensorLayout out = atOffset(layout.dtype(), layout.shape());
        int[] expected = sentinels(out);
        forEachRow(layout.shape(), dim, row -> {
            float floatAcc = op == ScanKernels.ScanOp.CUMSUM ? 0 : 1;
            int intAcc = op == ScanKernels.ScanOp.CUMSUM ? 0 : 1;
            for (int element : row) {
                int word = input.words()[position(layout, element)];
                if (layout.dtype() == GpuDType.FLOAT32) {
                    float x = Float.intBitsToFloat(word);
                    floatAcc = op == ScanKernels.ScanOp.CUMSUM ? floatAcc + x : floatAcc * x;
                    expected[position(out, element)] = Float.floatToRawIntBits(floatAcc);
                } else {
                    intAcc = op == ScanKernels.ScanOp.CUMSUM ? intAcc + word : intAcc * word;
                    expected[position(out, element)] = intAcc;
                }
            }
        });
        DawnRunner.Job job = new DawnRunner.Job(name);
        int in = job.input(layout.dtype(), input.words());
        int result = job.input(layout.dtype(), sentinels(out));
        job.launch(ScanKernels.cumulative(op, layout, dim, out), in, result).read(result);
        cases.add(new Case(job, r -> assertSameValues(expected, r.words(result), layout.dtype())));
    }

    private void sort(Operand input, int dim, boolean descending) {
        TensorLayout layout = input.layout();
        String name = "sort " + (descending ? "descending " : "ascending ") + layout.dtype().storageType() + " dim " + dim
                + " of " + Arrays.toString(layout.shape());
        TensorLayout valuesOut = atOffset(layout.dtype(), layout.shape());
        TensorLayout indicesOut = atOffset(GpuDType.INT32, layout.shape());
        int[] expectedValues = sentinels(valuesOut);
        int[] expectedIndices = sentinels(indicesOut);
        forEachRow(layout.shape(), dim, row -> {
            Integer[] order = new Integer[row.length];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Comparator<Integer> ascending = (a, b) -> compareWithNanLast(layout.dtype(),
                    input.words()[position(layout, row[a])], input.words()[position(layout, row[b])]);
            // Arrays.sort on objects is stable: the reference order of ties.
            Arrays.sort(order, descending ? ascending.reversed() : ascending);
            for (int k = 0; k < order.length; k++) {
                expectedValues[position(valuesOut, row[k])] = input.words()[position(layout, row[order[k]])];
                expectedIndices[position(indicesOut, row[k])] = order[k];
            }
        });
        DawnRunner.Job job = new DawnRunner.Job(name);
        int in = job.input(layout.dtype(), input.words());
        int values = job.input(layout.dtype(), sentinels(valuesOut));
        int indices = job.input(GpuDType.INT32, sentinels(indicesOut));
        job.launch(SortKernels.sort(layout, dim, descending, valuesOut, indicesOut), in, values, indices).read(values).read(indices);
        cases.add(new Case(job, r -> {
            assertArrayEquals(expectedIndices, r.words(indices), "indices");
            assertSameValues(expectedValues, r.words(values), layout.dtype());
        }));
    }

    /** The engine's CPU order: NaN after every number, -0.0 equal to 0.0. */
    private static int compareWithNanLast(GpuDType dtype, int a, int b) {
        if (dtype != GpuDType.FLOAT32) {
            return Integer.compare(a, b);
        }
        float x = Float.intBitsToFloat(a);
        float y = Float.intBitsToFloat(b);
        if (Float.isNaN(x) || Float.isNaN(y)) {
            return Boolean.compare(Float.isNaN(x), Float.isNaN(y));
        }
        return x < y ? -1 : x > y ? 1 : 0;
    }

    /** Calls {@code action} with the row-major element indices of each row along {@code dim}, in order. */
    private static void forEachRow(int[] shape, int dim, Consumer<int[]> action) {
        int inner = 1;
        for (int d = dim + 1; d < shape.length; d++) {
            inner *= shape[d];
        }
        int length = shape[dim];
        int numel = TensorLayout.numel(shape);
        for (int start = 0; start < numel; start++) {
            if ((start / inner) % length == 0) {
                int[] row = new int[length];
                for (int k = 0; k < length; k++) {
                    row[k] = start + k * inner;
                }
                action.accept(row);
            }
        }
    }

    private static int position(TensorLayout layout, int element) {
        return CpuReference.position(layout.shape(), layout.strides(), layout.offset(), element);
    }

    /** A contiguous output after {@link #OFFSET} sentinel words. */
    private static TensorLayout atOffset(GpuDType dtype, int[] shape) {
        return new TensorLayout(shape, TensorLayout.contiguousStrides(shape), OFFSET, dtype);
    }

    private static int[] sentinels(TensorLayout out) {
        int[] words = new int[out.requiredElements()];
        Arrays.fill(words, SENTINEL);
        return words;
    }

    /** Word for word, except that any NaN equals any NaN (the GPU may change a NaN's payload). */
    private static void assertSameValues(int[] expected, int[] got, GpuDType dtype) {
        assertEquals(expected.length, got.length, "length");
        for (int i = 0; i < expected.length; i++) {
            boolean bothNan = dtype == GpuDType.FLOAT32 && i >= OFFSET
                    && Float.isNaN(Float.intBitsToFloat(expected[i])) && Float.isNaN(Float.intBitsToFloat(got[i]));
            if (!bothNan) {
                assertEquals(expected[i], got[i], "word " + i);
            }
        }
    }
}
