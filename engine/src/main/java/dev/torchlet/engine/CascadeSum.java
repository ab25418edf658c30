package dev.torchlet.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Floating-point sums in the order PyTorch 1.13's CPU kernel adds (its AVX2 build on one thread),
 * so that {@code x.sum().item()} and every mean built on it agree with PyTorch to the last bit.
 *
 * <p>PyTorch accumulates float32 in float32, which makes the order matter. Its order has three
 * layers, all reproduced here:
 * <ol>
 *   <li>Iteration order: the reduced dimensions go first, sorted by input stride, then the kept
 *       ones by output stride; adjacent dimensions that are contiguous with each other merge.
 *       The first two dimensions form a 2-D loop, the rest an outer loop whose results add into
 *       the output.</li>
 *   <li>Kernel choice per 2-D loop: a contiguous reduced dimension of at least one vector (8
 *       float32 / 4 float64 lanes) is summed lane-wise then across lanes; a contiguous kept
 *       dimension is summed column by column, in groups of four vectors; otherwise scalar loops.</li>
 *   <li>Each run of additions is a cascade: four interleaved partial sums ({@link #rowSum}), each
 *       a four-level cascade that carries a level up every 2^k additions ({@link #cascade}).</li>
 * </ol>
 * With several threads PyTorch splits tensors of 32768+ elements between them, and its own
 * result then depends on the thread count; this class follows the one-thread order.
 */
final class CascadeSum {
    private static final int LEVELS = 4;
    private static final int INTERLEAVE = 4;

    private final Storage input;
    private final boolean float32;
    private final int lanes;

    private CascadeSum(Tensor t) {
        this.input = t.storage();
        this.float32 = t.dtype() == DType.FLOAT32;
        this.lanes = float32 ? 8 : 4;
    }

    /**
     * The sum of a floating-point tensor over {@code reduced} dimensions (all when null), in the
     * kept dimensions' row-major order: one value per output element, already rounded to the dtype.
     */
    static double[] sum(Tensor t, boolean[] reduced) {
        return new CascadeSum(t).run(t, reduced);
    }

    /** Adds in the accumulation type: float32 sums round every partial sum to float. */
    private double add(double a, double b) {
        double s = a + b;
        return float32 ? Float32.round(s) : s;
    }

    /** Element (i, j) of one 2-D loop. */
    private interface Loader {
        double at(long i, long j);
    }

    private double[] run(Tensor t, boolean[] reducedDims) {
        int rank = t.dim();
        long[] shape = t.shape();
        long[] inStride = t.stride();
        boolean[] reduced = reducedDims != null ? reducedDims : allTrue(rank);
        long[] outStride = new long[rank];
        long outSize = 1;
        for (int d = rank - 1; d >= 0; d--) {
            outStride[d] = reduced[d] ? 0 : outSize;
            outSize *= reduced[d] ? 1 : shape[d];
        }
        double[] out = new double[(int) outSize];
        if (t.numel() == 0) {
            return out;
        }
        List<long[]> dims = iterationDims(shape, inStride, outStride);
        while (dims.size() < 2) {
            dims.add(new long[] {1, 0, 0});
        }
        long[] first = dims.get(0);
        long[] second = dims.get(1);
        int outerRank = dims.size() - 2;
        long[] counter = new long[outerRank];
        long inBase = t.storageOffset();
        long outBase = 0;
        while (true) {
            loop2d(out, inBase, outBase, first, second);
            // The outer dimensions count like an odometer, the third dimension fastest.
            int d = 0;
            while (d < outerRank) {
                long[] dim = dims.get(d + 2);
                counter[d]++;
                inBase += dim[1];
                outBase += dim[2];
                if (counter[d] < dim[0]) {
                    break;
                }
                inBase -= dim[1] * dim[0];
                outBase -= dim[2] * dim[0];
                counter[d] = 0;
                d++;
            }
            if (d == outerRank) {
                return out;
            }
        }
    }

    private static boolean[] allTrue(int rank) {
        boolean[] all = new boolean[rank];
        java.util.Arrays.fill(all, true);
        return all;
    }

    /**
     * The dimensions in iteration order as {size, input stride, output stride}: PyTorch's
     * insertion sort from the last dimension, then merging of dimensions contiguous with each other.
     */
    private static List<long[]> iterationDims(long[] shape, long[] inStride, long[] outStride) {
        int rank = shape.length;
        int[] order = new int[rank];
        for (int i = 0; i < rank; i++) {
            order[i] = rank - 1 - i;
        }
        for (int i = 1; i < rank; i++) {
            int moving = i;
            for (int before = i - 1; before >= 0; before--) {
                int comparison = compare(order[before], order[moving], shape, inStride, outStride);
                if (comparison > 0) {
                    int swap = order[before];
                    order[before] = order[moving];
                    order[moving] = swap;
                    moving = before;
                } else if (comparison < 0) {
                    break;
                }
            }
        }
        List<long[]> dims = new ArrayList<>();
        for (int d : order) {
            long[] next = {shape[d], inStride[d], outStride[d]};
            long[] last = dims.isEmpty() ? null : dims.get(dims.size() - 1);
            if (last != null && mergeable(last[0], last[1], next[0], next[1]) && mergeable(last[0], last[2], next[0], next[2])) {
                if (last[0] == 1) {
                    last[1] = next[1];
                    last[2] = next[2];
                }
                last[0] *= next[0];
            } else {
                dims.add(next);
            }
        }
        return dims;
    }

    private static boolean mergeable(long innerSize, long innerStride, long outerSize, long outerStride) {
        return innerSize == 1 || outerSize == 1 || innerSize * innerStride == outerStride;
    }

    /** Positive when dimension {@code a} should iterate after {@code b}: reduced first, then smaller strides. */
    private static int compare(int a, int b, long[] shape, long[] inStride, long[] outStride) {
        long outA = outStride[a];
        long outB = outStride[b];
        if ((outA == 0) != (outB == 0)) {
            return outB == 0 ? 1 : -1;
        }
        for (long[] strides : new long[][] {outStride, inStride}) {
            long sa = strides[a];
            long sb = strides[b];
            if (sa == 0 || sb == 0) {
                continue;
            }
            if (sa != sb) {
                return sa < sb ? -1 : 1;
            }
            if (shape[a] > shape[b]) {
                return 1;
            }
        }
        return 0;
    }

    /** One 2-D loop: {size, input stride, output stride} of its two dimensions; results add into {@code out}. */
    private void loop2d(double[] out, long inBase, long outBase, long[] first, long[] second) {
        long[] a = first;
        long[] b = second;
        // The reduced dimension goes first.
        if (a[2] != 0 && b[2] == 0) {
            a = second;
            b = first;
        }
        long size0 = a[0];
        long size1 = b[0];
        long in0 = a[1];
        long in1 = b[1];
        Loader load = (i, j) -> input.getDouble((int) (inBase + i * in0 + j * in1));
        if (a[2] != 0) {
            // Nothing reduced here (a reduced dimension of size 1): each element adds into its output.
            for (long j = 0; j < size1; j++) {
                for (long i = 0; i < size0; i++) {
                    int o = (int) (outBase + i * a[2] + j * b[2]);
                    out[o] = add(out[o], load.at(i, j));
                }
            }
            return;
        }
        long outStep = b[2];
        if (in0 == 1 && size0 >= lanes) {
            for (long j = 0; j < size1; j++) {
                accumulate(out, outBase + j * outStep, vectorRowSum(load, j, size0));
            }
        } else if (in1 == 1 && size1 >= lanes) {
            // Columns in groups of four vectors use the cascade directly, the rest the interleaved sum.
            long groups = size1 / (INTERLEAVE * lanes) * (INTERLEAVE * lanes);
            for (long j = 0; j < size1; j++) {
                long column = j;
                double sum = j < groups ? cascade((i, k) -> load.at(i, column), 1, size0)[0] : rowSum(i -> load.at(i, column), size0);
                accumulate(out, outBase + j * outStep, sum);
            }
        } else if (in0 < in1) {
            for (long j = 0; j < size1; j++) {
                long row = j;
                accumulate(out, outBase + j * outStep, rowSum(i -> load.at(i, row), size0));
            }
        } else {
            long groups = size1 / INTERLEAVE * INTERLEAVE;
            for (long j = 0; j < size1; j++) {
                long column = j;
                double sum = j < groups ? cascade((i, k) -> load.at(i, column), 1, size0)[0] : rowSum(i -> load.at(i, column), size0);
                accumulate(out, outBase + j * outStep, sum);
            }
        }
    }

    private void accumulate(double[] out, long position, double value) {
        out[(int) position] = add(out[(int) position], value);
    }

    /** A contiguous row of at least one vector: lane sums, the tail, then the lanes in order. */
    private double vectorRowSum(Loader load, long j, long size) {
        long vectors = size / lanes;
        double total = 0;
        for (long k = vectors * lanes; k < size; k++) {
            total = add(total, load.at(k, j));
        }
        for (int lane = 0; lane < lanes; lane++) {
            int l = lane;
            total = add(total, rowSum(i -> load.at(i * lanes + l, j), vectors));
        }
        return total;
    }

    private interface Element {
        double at(long i);
    }

    /** Four interleaved cascades over elements i*4+k, the leftover elements into the first, then the four added. */
    private double rowSum(Element element, long size) {
        long rows = size / INTERLEAVE;
        double[] partial = cascade((i, k) -> element.at(i * INTERLEAVE + k), INTERLEAVE, rows);
        for (long i = rows * INTERLEAVE; i < size; i++) {
            partial[0] = add(partial[0], element.at(i));
        }
        for (int k = 1; k < INTERLEAVE; k++) {
            partial[0] = add(partial[0], partial[k]);
        }
        return partial[0];
    }

    private interface Grid {
        double at(long row, int column);
    }

    /**
     * Sums {@code size} rows of {@code columns} values column-wise in a four-level cascade: level 0
     * takes 2^p rows at a time, and a level carries into the next every 2^p of its own carries.
     */
    private double[] cascade(Grid grid, int columns, long size) {
        int power = Math.max(4, ceilLog2(size) / LEVELS);
        long step = 1L << power;
        long mask = step - 1;
        double[][] level = new double[LEVELS][columns];
        long i = 0;
        while (i + step <= size) {
            for (long r = 0; r < step; r++, i++) {
                for (int k = 0; k < columns; k++) {
                    level[0][k] = add(level[0][k], grid.at(i, k));
                }
            }
            for (int l = 1; l < LEVELS; l++) {
                for (int k = 0; k < columns; k++) {
                    level[l][k] = add(level[l][k], level[l - 1][k]);
                    level[l - 1][k] = 0;
                }
                if ((i & (mask << (l * power))) != 0) {
                    break;
                }
            }
        }
        for (; i < size; i++) {
            for (int k = 0; k < columns; k++) {
                level[0][k] = add(level[0][k], grid.at(i, k));
            }
        }
        for (int l = 1; l < LEVELS; l++) {
            for (int k = 0; k < columns; k++) {
                level[0][k] = add(level[0][k], level[l][k]);
            }
        }
        return level[0];
    }

    private static int ceilLog2(long x) {
        return x <= 2 ? 1 : 64 - Long.numberOfLeadingZeros(x - 1);
    }
}
