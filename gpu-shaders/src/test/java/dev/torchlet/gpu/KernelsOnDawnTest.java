package dev.torchlet.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every generated kernel, run on WebGPU (Dawn on SwiftShader, outside the browser), against the
 * CPU reference: float32 within a tolerance derived from the kernel's rounding, int32 and bool
 * exactly. Inputs are views that are not contiguous (permuted, stepped with an offset) and
 * broadcast; matmul sizes do not divide the 64×64×16 tile.
 */
class KernelsOnDawnTest {
    private static final float SENTINEL = 7.0f;

    private record Case(DawnRunner.Job job, Consumer<DawnRunner.Result> check) {
    }

    /** A layout and the whole buffer it views. */
    private record Operand(TensorLayout layout, int[] words) {
    }

    /** How an operand lies in its buffer: row-major from 0, row-major from an offset, transposed, every other element. */
    private enum Style { CONTIGUOUS, OFFSET, PERMUTED, STEPPED }

    private final Random random = new Random(7);
    private final List<Case> cases = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> everyKernelMatchesTheCpuReference() throws Exception {
        elementwiseCases();
        reductionCases();
        matmulCases();
        indexedReductionCases();
        softmaxCases();
        optimizerCases();
        List<DawnRunner.Job> jobs = cases.stream().map(Case::job).toList();
        Map<String, DawnRunner.Result> results = DawnRunner.run(jobs, Path.of("target/dawn"));
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.job().name, () -> {
            DawnRunner.Result result = results.get(c.job().name);
            assertEquals(List.of(), result.errors(), "WebGPU errors");
            c.check().accept(result);
        }));
    }

    // ---- element-wise -------------------------------------------------------------------------

    private void elementwiseCases() {
        GpuDType[] dtypes = GpuDType.values();
        for (ElementwiseOp op : ElementwiseOp.values()) {
            for (GpuDType compute : dtypes) {
                if (!op.supports(compute)) {
                    continue;
                }
                GpuDType out = op.resultType(compute);
                String name = op.pytorchName() + "/" + compute.computeType();
                if (op.arity() == 1) {
                    Operand a = operand(compute, new int[] {3, 4, 5}, Style.PERMUTED, values(op, compute, 0));
                    elementwise(name, op, compute, TensorLayout.contiguous(out, 3, 4, 5), a);
                } else if (op.arity() == 2) {
                    Operand a = operand(compute, new int[] {4, 1, 6}, Style.STEPPED, values(op, compute, 0));
                    Operand b = operand(compute, new int[] {5, 1}, Style.PERMUTED, values(op, compute, 1));
                    elementwise(name, op, compute, TensorLayout.contiguous(out, 4, 5, 6), a, b);
                } else {
                    // Each operand broadcasts along different dims; where's condition is bool whatever it computes in.
                    GpuDType first = op == ElementwiseOp.WHERE ? GpuDType.BOOL : compute;
                    Operand a = operand(first, new int[] {4, 1, 6}, Style.STEPPED, values(op, first, 0));
                    Operand b = operand(compute, new int[] {5, 1}, Style.PERMUTED, values(op, compute, 1));
                    Operand c = operand(compute, new int[] {4, 5, 1}, Style.CONTIGUOUS, values(op, compute, 2));
                    elementwise(name, op, compute, TensorLayout.contiguous(out, 4, 5, 6), a, b, c);
                }
            }
        }
        // log's special values, which WGSL leaves indeterminate: ±0, negatives, inf, NaN.
        double[] special = {0.0, -0.0, -1.0, Double.POSITIVE_INFINITY, Double.NaN, 2.0};
        int[] next = {0};
        for (ElementwiseOp op : new ElementwiseOp[] {ElementwiseOp.LOG, ElementwiseOp.LOG10}) {
            elementwise(op.pytorchName() + "/special", op, GpuDType.FLOAT32, TensorLayout.contiguous(GpuDType.FLOAT32, 6),
                    operand(GpuDType.FLOAT32, new int[] {6}, Style.CONTIGUOUS, () -> special[next[0]++ % special.length]));
        }
        // Mixed dtypes convert on load: int32 + float32 computes in float32.
        elementwise("add/i32+f32", ElementwiseOp.ADD, GpuDType.FLOAT32, TensorLayout.contiguous(GpuDType.FLOAT32, 2, 3),
                operand(GpuDType.INT32, new int[] {2, 3}, Style.CONTIGUOUS, ints(-9, 9)),
                operand(GpuDType.FLOAT32, new int[] {3}, Style.STEPPED, quarters()));
        elementwise("lt/i32<f32", ElementwiseOp.LT, GpuDType.FLOAT32, TensorLayout.contiguous(GpuDType.BOOL, 2, 3),
                operand(GpuDType.INT32, new int[] {2, 3}, Style.CONTIGUOUS, ints(-3, 3)),
                operand(GpuDType.FLOAT32, new int[] {2, 1}, Style.CONTIGUOUS, quarters()));
        // where passes NaN and infinities through untouched, and writes in place into a transposed view.
        elementwise("where/specials-into-view", ElementwiseOp.WHERE, GpuDType.FLOAT32, transposed(4, 5),
                operand(GpuDType.BOOL, new int[] {4, 5}, Style.PERMUTED, ints(0, 1)),
                operand(GpuDType.FLOAT32, new int[] {4, 5}, Style.STEPPED, withSpecials(0.2)),
                operand(GpuDType.FLOAT32, new int[] {}, Style.CONTIGUOUS, () -> Double.NaN));
        elementwise("where/100000", ElementwiseOp.WHERE, GpuDType.INT32, TensorLayout.contiguous(GpuDType.INT32, 100000),
                operand(GpuDType.BOOL, new int[] {100000}, Style.STEPPED, ints(0, 1)),
                operand(GpuDType.INT32, new int[] {100000}, Style.CONTIGUOUS, ints(-1000, 1000)),
                operand(GpuDType.INT32, new int[] {1}, Style.CONTIGUOUS, () -> 0));
        // Contiguous operands of the output's shape take the kernels' linear path (no coordinate walk).
        elementwise("mul/linear", ElementwiseOp.MUL, GpuDType.FLOAT32, TensorLayout.contiguous(GpuDType.FLOAT32, 300, 7),
                operand(GpuDType.FLOAT32, new int[] {300, 7}, Style.OFFSET, uniform(-4, 4)),
                operand(GpuDType.FLOAT32, new int[] {300, 7}, Style.CONTIGUOUS, uniform(-4, 4)));
        elementwise("exp/linear", ElementwiseOp.EXP, GpuDType.FLOAT32, TensorLayout.contiguous(GpuDType.FLOAT32, 70000),
                operand(GpuDType.FLOAT32, new int[] {70000}, Style.OFFSET, uniform(-8, 8)));
        elementwise("where/linear", ElementwiseOp.WHERE, GpuDType.INT32, TensorLayout.contiguous(GpuDType.INT32, 2, 600),
                operand(GpuDType.BOOL, new int[] {2, 600}, Style.OFFSET, ints(0, 1)),
                operand(GpuDType.INT32, new int[] {2, 600}, Style.OFFSET, ints(-1000, 1000)),
                operand(GpuDType.INT32, new int[] {2, 600}, Style.CONTIGUOUS, ints(-1000, 1000)));
        // Copy and cast from strided views.
        int[] shape4 = {2, 3, 4, 5};
        copy("copy/f32->i32", operand(GpuDType.FLOAT32, shape4, Style.PERMUTED, uniform(-50, 50)), GpuDType.INT32);
        copy("copy/f32->bool", operand(GpuDType.FLOAT32, shape4, Style.STEPPED, ints(-1, 1)), GpuDType.BOOL);
        copy("copy/bool->f32", operand(GpuDType.BOOL, shape4, Style.PERMUTED, ints(0, 1)), GpuDType.FLOAT32);
        copy("copy/i32->f32", operand(GpuDType.INT32, shape4, Style.STEPPED, ints(-1000, 1000)), GpuDType.FLOAT32);
        copy("copy/rank8", operand(GpuDType.FLOAT32, new int[] {2, 1, 3, 2, 1, 2, 2, 3}, Style.PERMUTED, uniform(-1, 1)),
                GpuDType.FLOAT32);
        copy("copy/100000", operand(GpuDType.FLOAT32, new int[] {100000}, Style.STEPPED, uniform(-1, 1)), GpuDType.FLOAT32);
        copy("copy/empty", operand(GpuDType.FLOAT32, new int[] {3, 0}, Style.CONTIGUOUS, uniform(-1, 1)), GpuDType.FLOAT32);
        // In place into a transposed view, by a 0-d operand: untouched elements keep their value.
        elementwise("mul/into-view-by-0d", ElementwiseOp.MUL, GpuDType.FLOAT32, transposed(4, 5),
                operand(GpuDType.FLOAT32, new int[] {4, 5}, Style.STEPPED, quarters()),
                operand(GpuDType.FLOAT32, new int[] {}, Style.CONTIGUOUS, () -> 3));
    }

    /** A float32 [rows, cols] output stored column-major: a transposed view. */
    private static TensorLayout transposed(int rows, int cols) {
        return new TensorLayout(new int[] {rows, cols}, new int[] {1, rows}, 0, GpuDType.FLOAT32);
    }

    private void elementwise(String name, ElementwiseOp op, GpuDType compute, TensorLayout out, Operand... inputs) {
        TensorLayout[] layouts = new TensorLayout[inputs.length];
        int[][] words = new int[inputs.length][];
        DawnRunner.Job job = new DawnRunner.Job("elementwise " + name);
        int[] bind = new int[inputs.length + 1];
        for (int i = 0; i < inputs.length; i++) {
            layouts[i] = inputs[i].layout();
            words[i] = inputs[i].words();
            bind[i] = job.input(layouts[i].dtype(), words[i]);
        }
        int[] outWords = new int[out.requiredElements()];
        java.util.Arrays.fill(outWords, CpuReference.store(SENTINEL, out.dtype()));
        bind[inputs.length] = job.input(out.dtype(), outWords);
        KernelLaunch launch = switch (inputs.length) {
            case 1 -> op == ElementwiseOp.IDENTITY ? ElementwiseKernels.copy(layouts[0], out) : ElementwiseKernels.unary(op, layouts[0], out);
            case 2 -> ElementwiseKernels.binary(op, layouts[0], layouts[1], out);
            default -> ElementwiseKernels.ternary(op, layouts[0], layouts[1], layouts[2], out);
        };
        job.launch(launch, bind).read(bind[inputs.length]);
        int[] expected = CpuReference.elementwise(op, compute, out, outWords, layouts, words);
        double tolerance = elementwiseTolerance(op);
        cases.add(new Case(job, result -> compareWords(expected, result.words(bind[inputs.length]), out.dtype(), i -> tolerance)));
    }

    private void copy(String name, Operand input, GpuDType outType) {
        elementwise(name, ElementwiseOp.IDENTITY, input.layout().dtype(),
                TensorLayout.contiguous(outType, input.layout().shape()), input);
    }

    /**
     * Relative error allowed per op. Arithmetic is exact (correctly rounded in WGSL); WGSL's
     * exp/log/pow are specified to a few ULP, tanh and sigmoid are built from exp, sin and cos
     * from Cephes' polynomials (WgslLibrary).
     */
    private static double elementwiseTolerance(ElementwiseOp op) {
        return switch (op) {
            case EXP, LOG, POW, TANH, SIGMOID, SQRT, RECIPROCAL, DIV, SIN, COS, RSQRT, EXPM1, LOG1P, LOG2, LOG10,
                 TAN, SINH, COSH, ASIN, ACOS, ATAN, ATAN2 -> 4e-6;
            case ERF -> 1e-6;
            default -> 0;
        };
    }

    // ---- reductions ---------------------------------------------------------------------------

    private void reductionCases() {
        int[] shape = {6, 300, 5};
        int[][] dimSets = {{0}, {1}, {2}, {0, 2}, {}};
        for (ReduceOp op : new ReduceOp[] {ReduceOp.SUM, ReduceOp.MEAN, ReduceOp.MAX, ReduceOp.MIN}) {
            for (int[] dims : dimSets) {
                reduction(op, operand(GpuDType.FLOAT32, shape, Style.PERMUTED, uniform(-4, 4)), dims, GpuDType.FLOAT32);
            }
        }
        reduction(ReduceOp.PROD, operand(GpuDType.FLOAT32, shape, Style.STEPPED, uniform(0.5, 1.5)), new int[] {2}, GpuDType.FLOAT32);
        reduction(ReduceOp.SUM, operand(GpuDType.INT32, shape, Style.STEPPED, ints(-1000, 1000)), new int[] {1}, GpuDType.INT32);
        reduction(ReduceOp.MAX, operand(GpuDType.INT32, shape, Style.PERMUTED, ints(-1000, 1000)), new int[] {}, GpuDType.INT32);
        reduction(ReduceOp.MIN, operand(GpuDType.INT32, shape, Style.PERMUTED, ints(-1000, 1000)), new int[] {0}, GpuDType.INT32);
        reduction(ReduceOp.PROD, operand(GpuDType.INT32, shape, Style.CONTIGUOUS, ints(-3, 3)), new int[] {2}, GpuDType.INT32);
        reduction(ReduceOp.SUM, operand(GpuDType.BOOL, shape, Style.STEPPED, ints(0, 1)), new int[] {}, GpuDType.INT32);
        reduction(ReduceOp.SUM, operand(GpuDType.FLOAT32, new int[] {70000}, Style.CONTIGUOUS, uniform(-1, 1)), new int[] {}, GpuDType.FLOAT32);
    }

    private void reduction(ReduceOp op, Operand input, int[] dims, GpuDType outType) {
        String name = "reduce " + op.pytorchName() + "/" + input.layout().dtype().storageType() + java.util.Arrays.toString(dims)
                + " of " + java.util.Arrays.toString(input.layout().shape());
        double[] expected = CpuReference.reduce(op, input.layout(), input.words(), dims, outType);
        // The float32 error scale: the sum of |x| over what each output reduces.
        int[] absWords = input.words().clone();
        if (input.layout().dtype() == GpuDType.FLOAT32) {
            for (int i = 0; i < absWords.length; i++) {
                absWords[i] &= 0x7fffffff;
            }
        }
        double[] scale = CpuReference.reduce(ReduceOp.SUM, input.layout(), absWords, dims, GpuDType.FLOAT32);
        int count = input.layout().numel() / Math.max(1, expected.length);
        TensorLayout out = TensorLayout.contiguous(outType, expected.length);
        DawnRunner.Job job = new DawnRunner.Job(name);
        int in = job.input(input.layout().dtype(), input.words());
        int result = job.output(outType, expected.length);
        job.launch(ReductionKernels.reduce(op, input.layout(), dims, out), in, result).read(result);
        int[] expectedWords = new int[expected.length];
        for (int i = 0; i < expected.length; i++) {
            expectedWords[i] = CpuReference.store(expected[i], outType);
        }
        // A short reduction adds its count values in order; a long one sums ceil(count/256) values per
        // thread, then 8 tree levels: that many roundings of at most 2^-24 * scale.
        double steps = count <= ReductionKernels.SERIAL_LIMIT ? count : Math.ceil(count / 256.0) + 8;
        cases.add(new Case(job, r -> compareWords(expectedWords, r.words(result), outType, i -> switch (op) {
            case SUM, MEAN -> steps * 6e-8 * scale[i] / (op == ReduceOp.MEAN ? count : 1) / Math.max(Math.abs(expected[i]), 1e-30);
            case PROD -> 300 * 6e-8;
            default -> 0;
        })));
    }

    // ---- matmul -------------------------------------------------------------------------------

    private void matmulCases() {
        matmul(1, 1, 1, 1, false, false);
        matmul(3, 5, 7, 1, false, false);
        matmul(64, 16, 64, 1, false, false);
        matmul(65, 33, 130, 1, false, false);
        matmul(100, 17, 1, 1, false, false);
        matmul(129, 70, 31, 2, false, true);
        matmul(37, 64, 45, 3, true, false);
        matmul(200, 300, 150, 1, true, true);
        // Thin products (one thread per output): a convolution's weight gradient and its columns' gradient.
        matmul(4, 2304, 9, 1, true, false);
        matmul(9, 4, 300, 2, false, true);
        matmul(31, 40, 70, 3, true, true);
    }

    /** a: [batch, m, k] (stored transposed when asked), b: [1 or batch, k, n] (broadcast over the batch when asked). */
    private void matmul(int m, int k, int n, int batch, boolean transposedA, boolean broadcastB) {
        float[] aData = new float[batch * m * k];
        int bBatch = broadcastB ? 1 : batch;
        float[] bData = new float[bBatch * k * n];
        for (int i = 0; i < aData.length; i++) {
            aData[i] = (float) (random.nextDouble() * 2 - 1);
        }
        for (int i = 0; i < bData.length; i++) {
            bData[i] = (float) (random.nextDouble() * 2 - 1);
        }
        TensorLayout a = transposedA
                ? new TensorLayout(new int[] {batch, m, k}, new int[] {m * k, 1, m}, 0, GpuDType.FLOAT32)
                : TensorLayout.contiguous(GpuDType.FLOAT32, batch, m, k);
        TensorLayout b = TensorLayout.contiguous(GpuDType.FLOAT32, bBatch, k, n);
        TensorLayout out = TensorLayout.contiguous(GpuDType.FLOAT32, batch, m, n);
        String name = "matmul " + batch + "x" + m + "x" + k + "x" + n + (transposedA ? " a transposed" : "")
                + (broadcastB ? " b broadcast" : "");
        DawnRunner.Job job = new DawnRunner.Job(name);
        int ai = job.input(aData);
        int bi = job.input(bData);
        int oi = job.output(GpuDType.FLOAT32, out.numel());
        job.launch(MatmulKernels.bmm(a, b, out), ai, bi, oi).read(oi);
        double[][] reference = CpuReference.bmm(a, aData, b, bData, batch);
        cases.add(new Case(job, result -> {
            float[] got = result.floats(oi);
            assertEquals(out.numel(), got.length);
            for (int i = 0; i < got.length; i++) {
                // fma accumulation: at most k roundings, each within 2^-24 of the running |sum| <= scale.
                double allowed = (k + 1) * 6e-8 * reference[1][i] + 1e-30;
                if (Math.abs(got[i] - reference[0][i]) > allowed) {
                    fail("element " + i + ": GPU " + got[i] + ", CPU " + reference[0][i] + " (allowed error " + allowed + ")");
                }
            }
        }));
    }

    // ---- indexed reductions (max/min with indices) --------------------------------------------

    private void indexedReductionCases() {
        int[] shape = {6, 300, 5};
        for (IndexedReduceOp op : IndexedReduceOp.values()) {
            for (int dim = 0; dim < 3; dim++) {
                // Quarters repeat often: ties check the first-index rule.
                indexedReduction(op, operand(GpuDType.FLOAT32, shape, Style.PERMUTED, quarters()), dim);
            }
            indexedReduction(op, operand(GpuDType.FLOAT32, new int[] {7, 40, 3}, Style.STEPPED, withSpecials(0.03)), 1);
            indexedReduction(op, operand(GpuDType.FLOAT32, new int[] {5, 1000}, Style.CONTIGUOUS, withSpecials(0.0005)), 1);
            indexedReduction(op, operand(GpuDType.INT32, new int[] {9, 70}, Style.STEPPED, ints(-5, 5)), 1);
            indexedReduction(op, operand(GpuDType.BOOL, new int[] {33, 4}, Style.PERMUTED, ints(0, 1)), 0);
            indexedReduction(op, operand(GpuDType.FLOAT32, new int[] {1001, 3}, Style.PERMUTED, withSpecials(0.05)), 1);
            indexedReduction(op, operand(GpuDType.FLOAT32, new int[] {}, Style.CONTIGUOUS, quarters()), 0);
        }
    }

    /** Quarters, with NaN, +inf and -inf each at the given rate. */
    private DoubleSupplier withSpecials(double rate) {
        return () -> {
            double u = random.nextDouble();
            if (u < rate) {
                return Double.NaN;
            }
            if (u < 2 * rate) {
                return Double.POSITIVE_INFINITY;
            }
            if (u < 3 * rate) {
                return Double.NEGATIVE_INFINITY;
            }
            return (random.nextInt(33) - 16) / 4.0;
        };
    }

    /** Reduces {@code dim} of the input. */
    private void indexedReduction(IndexedReduceOp op, Operand input, int dim) {
        TensorLayout layout = input.layout();
        String name = "indexed-reduce " + op.pytorchName() + "/" + layout.dtype().storageType() + " dim " + dim
                + " of " + java.util.Arrays.toString(layout.shape());
        boolean[] reduced = new boolean[layout.rank()];
        for (int d = 0; d < layout.rank(); d++) {
            reduced[d] = d == dim;
        }
        int[][] expected = CpuReference.indexedReduce(op, layout, input.words(), reduced);
        int outNumel = expected[1].length;
        // The outputs sit at an offset in their buffers, after sentinels that must stay.
        int offset = 2;
        TensorLayout indicesOut = new TensorLayout(new int[] {outNumel}, new int[] {1}, offset, GpuDType.INT32);
        TensorLayout valuesOut = new TensorLayout(new int[] {outNumel}, new int[] {1}, offset, layout.dtype());
        DawnRunner.Job job = new DawnRunner.Job(name);
        int in = job.input(layout.dtype(), input.words());
        int[] sentinels = new int[outNumel + offset];
        java.util.Arrays.fill(sentinels, 77);
        int values = job.input(layout.dtype(), sentinels);
        int indices = job.input(GpuDType.INT32, sentinels);
        KernelLaunch launch = IndexedReductionKernels.reduce(op, layout, dim, valuesOut, indicesOut);
        job.launch(launch, in, values, indices).read(values).read(indices);
        cases.add(new Case(job, r -> {
            compareWords(withPrefix(offset, 77, expected[1]), r.words(indices), GpuDType.INT32, i -> 0);
            // NaN payloads may differ: compare floats as values (NaN equals NaN), the rest exactly.
            compareWords(withPrefix(offset, 77, expected[0]), r.words(values), layout.dtype(), i -> 0);
        }));
    }

    private static int[] withPrefix(int count, int word, int[] rest) {
        int[] all = new int[count + rest.length];
        java.util.Arrays.fill(all, 0, count, word);
        System.arraycopy(rest, 0, all, count, rest.length);
        return all;
    }

    // ---- softmax and log-softmax, forward and backward ---------------------------------------

    private void softmaxCases() {
        for (SoftmaxOp op : SoftmaxOp.values()) {
            for (int dim = 0; dim < 3; dim++) {
                softmax(op, operand(GpuDType.FLOAT32, new int[] {6, 300, 5}, Style.PERMUTED, uniform(-8, 8)), dim, false);
                softmaxBackward(op, new int[] {6, 300, 5}, dim);
            }
            // Long rows; inputs whose exp overflows float32 unless the max is subtracted.
            softmax(op, operand(GpuDType.FLOAT32, new int[] {3, 1000}, Style.STEPPED, uniform(80, 120)), 1, false);
            softmax(op, operand(GpuDType.FLOAT32, new int[] {3, 1000}, Style.CONTIGUOUS, uniform(-120, -80)), 1, true);
            softmax(op, operand(GpuDType.FLOAT32, new int[] {1, 5000}, Style.CONTIGUOUS, uniform(-30, 30)), 1, false);
            softmax(op, operand(GpuDType.FLOAT32, new int[] {70000, 3}, Style.PERMUTED, uniform(-5, 5)), 1, false);
            softmaxBackward(op, new int[] {2, 3000}, 1);
            softmaxBackward(op, new int[] {501, 3}, 1);
        }
    }

    /** The output is contiguous, or a transposed view of a buffer with room around it. */
    private TensorLayout softmaxOutput(int[] shape, boolean transposed) {
        if (!transposed) {
            return TensorLayout.contiguous(GpuDType.FLOAT32, shape);
        }
        int[] reversed = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
            reversed[d] = shape[shape.length - 1 - d];
        }
        int[] stored = TensorLayout.contiguousStrides(reversed);
        int[] strides = new int[shape.length];
        for (int d = 0; d < shape.length; d++) {
            strides[d] = stored[shape.length - 1 - d];
        }
        return new TensorLayout(shape, strides, 1, GpuDType.FLOAT32);
    }

    private void softmax(SoftmaxOp op, Operand input, int dim, boolean transposedOut) {
        TensorLayout layout = input.layout();
        String name = op.pytorchName() + " dim " + dim + " of " + java.util.Arrays.toString(layout.shape())
                + (transposedOut ? " into a transposed view" : "");
        double[] expected = CpuReference.softmax(op, layout, input.words(), dim);
        TensorLayout out = softmaxOutput(layout.shape(), transposedOut);
        DawnRunner.Job job = new DawnRunner.Job(name);
        int in = job.input(GpuDType.FLOAT32, input.words());
        int result = job.output(GpuDType.FLOAT32, out.requiredElements());
        job.launch(SoftmaxKernels.forward(op, layout, dim, out), in, result).read(result);
        cases.add(new Case(job, r -> {
            float[] got = r.floats(result);
            for (int i = 0; i < expected.length; i++) {
                float g = got[CpuReference.position(out.shape(), out.strides(), out.offset(), i)];
                // exp is good to a few ULP; log-softmax adds the rounding of x - max and of log(sum).
                double allowed = op == SoftmaxOp.SOFTMAX ? 2e-5 * Math.abs(expected[i]) + 1e-30
                        : 2e-6 * (Math.abs(expected[i]) + 1) ;
                if (!(Math.abs(g - expected[i]) <= allowed)) {
                    fail("element " + i + ": GPU " + g + ", CPU " + expected[i] + " (allowed error " + allowed + ")");
                }
            }
        }));
    }

    private void softmaxBackward(SoftmaxOp op, int[] shape, int dim) {
        // y is a real forward output (rows of a softmax, or of a log-softmax), g any gradient.
        Operand x = operand(GpuDType.FLOAT32, shape, Style.CONTIGUOUS, uniform(-4, 4));
        double[] forward = CpuReference.softmax(op, x.layout(), x.words(), dim);
        Operand yStored = operand(GpuDType.FLOAT32, shape, Style.STEPPED, () -> 0);
        int[] yWords = yStored.words();
        for (int i = 0; i < forward.length; i++) {
            yWords[CpuReference.position(shape, yStored.layout().strides(), yStored.layout().offset(), i)] =
                    Float.floatToRawIntBits((float) forward[i]);
        }
        Operand g = operand(GpuDType.FLOAT32, shape, Style.PERMUTED, uniform(-2, 2));
        double[][] expected = CpuReference.softmaxBackward(op, yStored.layout(), yWords, g.layout(), g.words(), dim);
        TensorLayout out = TensorLayout.contiguous(GpuDType.FLOAT32, shape);
        String name = op.pytorchName() + " backward dim " + dim + " of " + java.util.Arrays.toString(shape);
        DawnRunner.Job job = new DawnRunner.Job(name);
        int yi = job.input(GpuDType.FLOAT32, yWords);
        int gi = job.input(GpuDType.FLOAT32, g.words());
        int result = job.output(GpuDType.FLOAT32, out.numel());
        job.launch(SoftmaxKernels.backward(op, yStored.layout(), g.layout(), dim, out), yi, gi, result).read(result);
        int length = shape[dim];
        cases.add(new Case(job, r -> {
            float[] got = r.floats(result);
            for (int i = 0; i < expected[0].length; i++) {
                // The row sum rounds ~ceil(length/256) + 8 times; exp(y) is good to a few ULP.
                double allowed = (Math.ceil(length / 256.0) + 12) * 6e-8 * expected[1][i] + 1e-30;
                if (!(Math.abs(got[i] - expected[0][i]) <= allowed)) {
                    fail("element " + i + ": GPU " + got[i] + ", CPU " + expected[0][i] + " (allowed error " + allowed + ")");
                }
            }
        }));
    }

    // ---- optimizer steps -----------------------------------------------------------------------

    /** SGD/Adam settings: lr, momentum or beta1, dampening or beta2, weight decay, eps; flags. */
    private record OptimizerSetting(String name, boolean adam, double lr, double a, double b, double weightDecay,
                                    double eps, boolean stateful, boolean nesterov, boolean decoupled, boolean amsgrad,
                                    boolean maximize) {
    }

    private void optimizerCases() {
        OptimizerSetting[] settings = {
            new OptimizerSetting("sgd", false, 0.1, 0, 0, 0, 0, false, false, false, false, false),
            new OptimizerSetting("sgd weight_decay maximize", false, 0.05, 0, 0, 0.01, 0, false, false, false, false, true),
            new OptimizerSetting("sgd momentum", false, 0.1, 0.9, 0, 0, 0, true, false, false, false, false),
            new OptimizerSetting("sgd momentum dampening weight_decay", false, 0.1, 0.9, 0.1, 1e-4, 0, true, false, false, false, false),
            new OptimizerSetting("sgd nesterov", false, 0.01, 0.8, 0, 0.001, 0, true, true, false, false, false),
            new OptimizerSetting("adam", true, 1e-3, 0.9, 0.999, 0, 1e-8, true, false, false, false, false),
            new OptimizerSetting("adam weight_decay maximize", true, 1e-2, 0.8, 0.99, 0.01, 1e-6, true, false, false, false, true),
            new OptimizerSetting("adamw", true, 1e-3, 0.9, 0.999, 0.01, 1e-8, true, false, true, false, false),
            new OptimizerSetting("adamw amsgrad", true, 1e-2, 0.9, 0.999, 0.05, 1e-8, true, false, true, true, false),
        };
        for (OptimizerSetting setting : settings) {
            optimizer(setting, 1000);
        }
        optimizer(settings[5], 70000);
    }

    /** Three steps with a new gradient each; the state carries over. Buffers sit at offsets. */
    private void optimizer(OptimizerSetting s, int numel) {
        int steps = 3;
        float[] param = floats(numel, uniform(-2, 2));
        float[][] grads = new float[steps][];
        for (int k = 0; k < steps; k++) {
            grads[k] = floats(numel, uniform(-1, 1));
        }
        int stateCount = !s.stateful() ? 0 : !s.adam() ? 1 : s.amsgrad() ? 3 : 2;
        // Adam's state starts at zero; SGD's momentum buffer is written on the first step.
        float[][] state = new float[stateCount][];
        for (int j = 0; j < stateCount; j++) {
            state[j] = s.adam() ? new float[numel] : floats(numel, uniform(-9, 9));
        }
        DawnRunner.Job job = new DawnRunner.Job("optimizer " + s.name() + " x" + numel);
        int paramBuffer = job.input(withOffset(param, 1));
        int[] gradBuffers = new int[steps];
        for (int k = 0; k < steps; k++) {
            gradBuffers[k] = job.input(withOffset(grads[k], 2));
        }
        int[] stateBuffers = new int[stateCount];
        for (int j = 0; j < stateCount; j++) {
            stateBuffers[j] = job.input(withOffset(state[j], 3 + j));
        }
        TensorLayout paramLayout = new TensorLayout(new int[] {numel}, new int[] {1}, 1, GpuDType.FLOAT32);
        TensorLayout gradLayout = new TensorLayout(new int[] {numel}, new int[] {1}, 2, GpuDType.FLOAT32);
        TensorLayout[] stateLayouts = new TensorLayout[stateCount];
        for (int j = 0; j < stateCount; j++) {
            stateLayouts[j] = new TensorLayout(new int[] {numel}, new int[] {1}, 3 + j, GpuDType.FLOAT32);
        }
        for (int k = 0; k < steps; k++) {
            KernelLaunch launch;
            if (s.adam()) {
                launch = OptimizerKernels.adam(paramLayout, gradLayout, stateLayouts[0], stateLayouts[1],
                        s.amsgrad() ? stateLayouts[2] : null, s.lr(), s.a(), s.b(), s.eps(), s.weightDecay(), k + 1,
                        s.decoupled(), s.maximize());
                CpuReference.adamStep(param, grads[k], state[0], state[1], s.amsgrad() ? state[2] : null, s.lr(), s.a(),
                        s.b(), s.eps(), s.weightDecay(), k + 1, s.decoupled(), s.maximize());
            } else {
                launch = OptimizerKernels.sgd(paramLayout, gradLayout, s.stateful() ? stateLayouts[0] : null, s.lr(), s.a(),
                        s.b(), s.weightDecay(), s.nesterov(), s.maximize(), k == 0);
                CpuReference.sgdStep(param, grads[k], s.stateful() ? state[0] : null, s.lr(), s.a(), s.b(), s.weightDecay(),
                        s.nesterov(), s.maximize(), k == 0);
            }
            int[] bind = new int[2 + stateCount];
            bind[0] = paramBuffer;
            bind[1] = gradBuffers[k];
            System.arraycopy(stateBuffers, 0, bind, 2, stateCount);
            job.launch(launch, bind);
        }
        job.read(paramBuffer);
        for (int buffer : stateBuffers) {
            job.read(buffer);
        }
        cases.add(new Case(job, r -> {
            compareFloats("param", param, r.floats(paramBuffer), 1);
            for (int j = 0; j < stateCount; j++) {
                compareFloats("state " + j, state[j], r.floats(stateBuffers[j]), 3 + j);
            }
        }));
    }

    private float[] floats(int count, DoubleSupplier values) {
        float[] result = new float[count];
        for (int i = 0; i < count; i++) {
            result[i] = (float) values.getAsDouble();
        }
        return result;
    }

    private static float[] withOffset(float[] values, int offset) {
        float[] result = new float[offset + values.length];
        java.util.Arrays.fill(result, 0, offset, SENTINEL);
        System.arraycopy(values, 0, result, offset, values.length);
        return result;
    }

    /** Element by element; a few ULP for the GPU's sqrt and division, and the sentinels before the data kept. */
    private static void compareFloats(String what, float[] expected, float[] got, int offset) {
        for (int i = 0; i < offset; i++) {
            assertEquals(SENTINEL, got[i], what + ": the sentinel before the data changed");
        }
        for (int i = 0; i < expected.length; i++) {
            double allowed = 4e-6 * Math.abs(expected[i]) + 1e-12;
            if (!(Math.abs(got[offset + i] - expected[i]) <= allowed)) {
                fail(what + " element " + i + ": GPU " + got[offset + i] + ", CPU " + expected[i] + " (allowed error " + allowed + ")");
            }
        }
    }


    private static float[] toFloats(double[] values, int from, int count) {
        float[] result = new float[count];
        for (int i = 0; i < count; i++) {
            result[i] = (float) values[from + i];
        }
        return result;
    }

    // ---- inputs and comparison ----------------------------------------------------------------

    private Operand operand(GpuDType dtype, int[] shape, Style style, DoubleSupplier values) {
        TensorLayout layout = switch (style) {
            case CONTIGUOUS -> TensorLayout.contiguous(dtype, shape);
            case OFFSET -> new TensorLayout(shape, TensorLayout.contiguousStrides(shape), 5, dtype);
            case PERMUTED -> {
                int[] reversed = new int[shape.length];
                for (int d = 0; d < shape.length; d++) {
                    reversed[d] = shape[shape.length - 1 - d];
                }
                int[] stored = TensorLayout.contiguousStrides(reversed);
                int[] strides = new int[shape.length];
                for (int d = 0; d < shape.length; d++) {
                    strides[d] = stored[shape.length - 1 - d];
                }
                yield new TensorLayout(shape, strides, 0, dtype);
            }
            case STEPPED -> {
                int[] strides = TensorLayout.contiguousStrides(shape);
                for (int d = 0; d < strides.length; d++) {
                    strides[d] *= 2;
                }
                yield new TensorLayout(shape, strides, 3, dtype);
            }
        };
        int[] words = new int[Math.max(1, layout.requiredElements())];
        for (int i = 0; i < words.length; i++) {
            words[i] = CpuReference.store(values.getAsDouble(), dtype);
        }
        return new Operand(layout, words);
    }

    private DoubleSupplier values(ElementwiseOp op, GpuDType compute, int operand) {
        if (compute == GpuDType.BOOL) {
            return ints(0, 1);
        }
        if (compute == GpuDType.INT32) {
            if (operand == 1 && (op == ElementwiseOp.FMOD || op == ElementwiseOp.REMAINDER || op == ElementwiseOp.FLOOR_DIVIDE)) {
                // PyTorch raises ZeroDivisionError for integer division by zero before any kernel runs.
                return () -> (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(9));
            }
            return op == ElementwiseOp.POW && operand == 1 ? ints(0, 5) : ints(-9, 9);
        }
        return switch (op) {
            case LOG, SQRT, RECIPROCAL, RSQRT, LOG2, LOG10 -> uniform(0.05, 6);
            case LOG1P -> uniform(-0.9, 6);
            case ASIN, ACOS -> uniform(-0.99, 0.99);
            case TAN -> uniform(-1.4, 1.4);
            case EXPM1, SINH -> uniform(-3, 3);
            case ERF, ATAN2 -> uniform(-3, 3);
            case ROUND, TRUNC, FRAC -> quarters();
            case FMOD, REMAINDER, FLOOR_DIVIDE -> operand == 1
                    ? () -> (random.nextBoolean() ? 1 : -1) * (0.25 + random.nextInt(12) * 0.25)
                    : quarters();
            case DIV -> operand == 1 ? () -> (random.nextBoolean() ? 1 : -1) * (0.5 + random.nextDouble() * 3) : uniform(-4, 4);
            case POW -> operand == 1 ? () -> new double[] {-2, -1, 0, 0.5, 1, 1.5, 2, 3}[random.nextInt(8)] : uniform(-2, 2);
            case TANH -> uniform(-20, 20);
            default -> op.arity() == 2 ? quarters() : uniform(-4, 4);
        };
    }

    private DoubleSupplier uniform(double low, double high) {
        return () -> low + random.nextDouble() * (high - low);
    }

    private DoubleSupplier ints(int low, int high) {
        return () -> low + random.nextInt(high - low + 1);
    }

    /** Multiples of 0.25 in [-4, 4], so that comparisons meet equal values. */
    private DoubleSupplier quarters() {
        return () -> (random.nextInt(33) - 16) / 4.0;
    }

    private interface Tolerance {
        double relative(int index);
    }

    private static void compareWords(int[] expected, int[] got, GpuDType dtype, Tolerance tolerance) {
        assertTrue(got.length >= expected.length, "read back " + got.length + " elements, expected " + expected.length);
        for (int i = 0; i < expected.length; i++) {
            if (dtype != GpuDType.FLOAT32) {
                if (expected[i] != got[i]) {
                    fail("element " + i + ": GPU " + got[i] + ", CPU " + expected[i]);
                }
                continue;
            }
            float e = Float.intBitsToFloat(expected[i]);
            float g = Float.intBitsToFloat(got[i]);
            if (Float.isNaN(e) && Float.isNaN(g) || e == g) {
                continue;
            }
            double allowed = tolerance.relative(i) * Math.abs(e) + (tolerance.relative(i) > 0 ? 1e-7 : 0);
            if (!(Math.abs(e - g) <= allowed)) {
                fail("element " + i + ": GPU " + g + ", CPU " + e + " (allowed error " + allowed + ")");
            }
        }
    }
}
