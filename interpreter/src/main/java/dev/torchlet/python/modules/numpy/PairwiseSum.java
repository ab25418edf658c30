package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Float32;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;

/**
 * NumPy's floating-point {@code add.reduce} order, so sums, means and variances match NumPy to the
 * last bit: along a contiguous run (the whole array, or the last axis) the pairwise sum with eight
 * accumulators in blocks of at most 128 ({@code pairwise_sum}); along any other axis one element after
 * another. float32 sums round every step to float32 ({@link Float32#round}).
 */
final class PairwiseSum {
    private static final int BLOCK = 128;

    private PairwiseSum() {
    }

    /** The sum over all elements, or over {@code axis} (keeping it as size 1 when {@code keepdims}). */
    static Tensor sum(Tensor t, Integer axis, boolean keepdims) {
        boolean f32 = t.dtype() == DType.FLOAT32;
        double[] values = TensorValues.read(t);
        long[] shape = t.shape();
        if (axis == null) {
            long[] out = new long[keepdims ? shape.length : 0];
            java.util.Arrays.fill(out, 1);
            return TensorValues.create(new double[] {round(0 + pairwise(values, 0, values.length, 1, f32), f32)}, out, t.dtype());
        }
        int n = (int) shape[axis];
        long inner = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            inner *= shape[d];
        }
        long outer = values.length / Math.max(1, n * inner);
        if (n == 0) {
            outer = 1;
            for (int d = 0; d < axis; d++) {
                outer *= shape[d];
            }
        }
        double[] result = new double[(int) (outer * inner)];
        boolean contiguousRun = inner == 1;
        for (long o = 0; o < outer; o++) {
            for (long i = 0; i < inner; i++) {
                int start = (int) (o * n * inner + i);
                double s;
                if (contiguousRun) {
                    s = round(0 + pairwise(values, start, n, 1, f32), f32);
                } else {
                    s = 0;
                    for (int k = 0; k < n; k++) {
                        s = round(s + values[start + (int) (k * inner)], f32);
                    }
                }
                result[(int) (o * inner + i)] = s;
            }
        }
        long[] out = keepdims ? shape.clone() : new long[shape.length - 1];
        if (keepdims) {
            out[axis] = 1;
        } else {
            for (int d = 0, j = 0; d < shape.length; d++) {
                if (d != axis) {
                    out[j++] = shape[d];
                }
            }
        }
        return TensorValues.create(result, out, t.dtype());
    }

    private static double round(double v, boolean f32) {
        return f32 ? Float32.round(v) : v;
    }

    /** NumPy's {@code pairwise_sum} of {@code n} values from {@code start}, {@code stride} apart. */
    private static double pairwise(double[] a, int start, int n, int stride, boolean f32) {
        if (n < 8) {
            double res = 0;
            for (int i = 0; i < n; i++) {
                res = round(res + a[start + i * stride], f32);
            }
            return res;
        }
        if (n <= BLOCK) {
            double[] r = new double[8];
            for (int j = 0; j < 8; j++) {
                r[j] = a[start + j * stride];
            }
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] = round(r[j] + a[start + (i + j) * stride], f32);
                }
            }
            double res = round(round(round(r[0] + r[1], f32) + round(r[2] + r[3], f32), f32)
                    + round(round(r[4] + r[5], f32) + round(r[6] + r[7], f32), f32), f32);
            for (; i < n; i++) {
                res = round(res + a[start + i * stride], f32);
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return round(pairwise(a, start, n2, stride, f32) + pairwise(a, start + n2 * stride, n - n2, stride, f32), f32);
    }
}
