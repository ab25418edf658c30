package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;
import java.util.Arrays;

/**
 * {@code unique(dim=d)}: the distinct slices along d, in lexicographic order of their elements
 * (read with the other dimensions in their order), with the inverse indices (which distinct slice
 * each slice is) and the counts. Like PyTorch, {@code sorted} makes no difference here. Known
 * difference: slices holding NaN sort after the others here, where PyTorch's order is arbitrary.
 * On an accelerator {@link DeviceOrderStatistics#distinctRows} finds the same groups.
 */
public final class UniqueSlices {
    private UniqueSlices() {
    }

    public static OrderStatistics.Unique unique(Tensor t, int dim) {
        if (t.dim() == 0) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, "Dimension specified as " + dim + " but tensor has no dimensions");
        }
        int d = Dims.wrap(dim, t.dim());
        int n = (int) t.size(d);
        if (t.numel() == 0 && n != 0) {
            throw TorchException.runtime("There are 0 sized dimensions, and they aren't selected, so unique cannot be applied");
        }
        int[] order = new int[t.dim()];
        order[0] = d;
        for (int i = 0, j = 1; i < t.dim(); i++) {
            if (i != d) {
                order[j++] = i;
            }
        }
        Tensor slices = ShapeOps.permute(t.detach(), order).contiguous();
        int width = n == 0 ? 0 : (int) (t.numel() / n);
        if (!t.device().isCpu()) {
            Tensor[] distinct = DeviceOrderStatistics.distinctRows(slices.reshape(n, width));
            return new OrderStatistics.Unique(recorded(t.detach().indexSelect(d, distinct[0]), t), distinct[1], distinct[2]);
        }
        boolean floating = t.dtype().isFloatingPoint();
        Integer[] sorted = new Integer[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = i;
        }
        Arrays.sort(sorted, (a, b) -> compare(slices, floating, width, a, b));

        long[] inverse = new long[n];
        long[] firsts = new long[n];
        long[] counts = new long[n];
        int groups = 0;
        for (int k = 0; k < n; k++) {
            if (k == 0 || !equal(slices, floating, width, sorted[k - 1], sorted[k])) {
                firsts[groups++] = sorted[k];
            }
            inverse[sorted[k]] = groups - 1;
            counts[groups - 1]++;
        }
        Tensor values = t.detach().indexSelect(d, longs(Arrays.copyOf(firsts, groups)));
        return new OrderStatistics.Unique(recorded(values, t), longs(inverse), longs(Arrays.copyOf(counts, groups)));
    }

    private static Tensor recorded(Tensor values, Tensor t) {
        return Graph.record(values, "UniqueDimBackward0", g -> {
            throw new TorchException(TorchException.Kind.NOT_IMPLEMENTED_ERROR, "the derivative for 'unique_dim' is not implemented.");
        }, t);
    }

    /** Lexicographic order of two slices (NaN after every number, so the order is total). */
    private static int compare(Tensor slices, boolean floating, int width, int a, int b) {
        for (int k = 0; k < width; k++) {
            long x = (long) a * width + k;
            long y = (long) b * width + k;
            int c = floating ? Double.compare(slices.doubleAt(x) + 0.0, slices.doubleAt(y) + 0.0)
                    : Long.compare(slices.longAt(x), slices.longAt(y));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Element-wise equality, as PyTorch merges slices: NaN equals nothing. */
    private static boolean equal(Tensor slices, boolean floating, int width, int a, int b) {
        for (int k = 0; k < width; k++) {
            long x = (long) a * width + k;
            long y = (long) b * width + k;
            boolean same = floating ? slices.doubleAt(x) == slices.doubleAt(y) : slices.longAt(x) == slices.longAt(y);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static Tensor longs(long[] values) {
        Tensor t = Tensor.empty(new long[] {values.length}, DType.INT64);
        for (int i = 0; i < values.length; i++) {
            t.storage().setLong(i, values[i]);
        }
        return t;
    }
}
