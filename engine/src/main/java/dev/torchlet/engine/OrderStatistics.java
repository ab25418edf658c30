package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code median}, {@code mode} and {@code unique}: values picked by their rank or frequency.
 * median is the lower median (PyTorch's: element (n-1)/2 in sorted order) and its index;
 * mode is the most frequent value (the smallest among equally frequent ones) and the index of its
 * last occurrence, as PyTorch's CPU kernel gives; unique is sorted. Known difference: with ties,
 * median's index may name another of the equal elements than PyTorch's (whose choice comes from
 * {@code std::nth_element}); NaN is not treated specially yet.
 */
public final class OrderStatistics {
    private OrderStatistics() {
    }

    /** A value picked from one lane: its position within the lane. */
    @FunctionalInterface
    private interface Pick {
        long position(double[] lane);
    }

    /** {@code median()}: the lower median of every element (MedianBackward0: the gradient goes to that element). */
    public static Tensor median(Tensor t) {
        if (t.numel() == 0) {
            throw TorchException.runtime("median() input tensor cannot be empty");
        }
        ValuesIndices picked = pick(t, null, false, OrderStatistics::lowerMedian);
        long[] shape = t.shape();
        long numel = t.numel();
        Tensor flatIndex = picked.indices().reshape(1);
        return Graph.record(picked.values(), "MedianBackward0", g -> new Tensor[] {
            Torch.full(new long[] {numel}, Scalar.of(0L), g.dtype()).scatter(0, flatIndex, g.reshape(1)).reshape(shape)}, t);
    }

    /** {@code median(dim, keepdim)}: values and indices (MedianBackward1). */
    public static ValuesIndices median(Tensor t, int dim, boolean keepdim) {
        int d = t.dim() == 0 ? 0 : Dims.wrap(dim, t.dim());
        ValuesIndices picked = pick(t, d, keepdim, OrderStatistics::lowerMedian);
        return new ValuesIndices(Derivatives.selectedAlong(picked.values(), t, d, picked.indices(), keepdim, "MedianBackward1"),
                picked.indices());
    }

    /** {@code mode(dim=-1, keepdim)}: values and indices (ModeBackward0). */
    public static ValuesIndices mode(Tensor t, int dim, boolean keepdim) {
        int d = t.dim() == 0 ? 0 : Dims.wrap(dim, t.dim());
        ValuesIndices picked = pick(t, d, keepdim, OrderStatistics::lastOfMostFrequent);
        return new ValuesIndices(Derivatives.selectedAlong(picked.values(), t, d, picked.indices(), keepdim, "ModeBackward0"),
                picked.indices());
    }

    private static ValuesIndices pick(Tensor t, Integer dim, boolean keepdim, Pick pick) {
        Lanes lanes = Lanes.of(t, t.dim() == 0 ? null : dim);
        if (lanes.size == 0) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, "median() cannot compute median for a dimension of size 0");
        }
        long[] shape = lanes.reducedShape(keepdim);
        Tensor values = Tensor.empty(shape, t.dtype());
        Tensor indices = Tensor.empty(shape, DType.INT64);
        double[] lane = new double[(int) lanes.size];
        for (long l = 0; l < lanes.lanes(); l++) {
            for (int k = 0; k < lane.length; k++) {
                lane[k] = lanes.get(l, k);
            }
            long position = pick.position(lane);
            long p = lanes.position(l, position);
            if (t.dtype().isFloatingPoint()) {
                values.storage().setDouble((int) l, lanes.source.doubleAt(p));
            } else {
                values.storage().setLong((int) l, lanes.source.longAt(p));
            }
            indices.storage().setLong((int) l, position);
        }
        return new ValuesIndices(values, indices);
    }

    /** Position of element (n-1)/2 in ascending order (the first of equal values, as a stable sort puts them). */
    private static long lowerMedian(double[] lane) {
        Integer[] order = new Integer[lane.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(lane[x], lane[y]));
        return order[(lane.length - 1) / 2];
    }

    /** Position of the last occurrence of the most frequent value (the smallest such value). */
    private static long lastOfMostFrequent(double[] lane) {
        double[] sorted = lane.clone();
        Arrays.sort(sorted);
        double best = sorted[0];
        int bestCount = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = sorted[i];
            }
            i = j;
        }
        for (int k = lane.length - 1; k >= 0; k--) {
            if (lane[k] == best) {
                return k;
            }
        }
        return 0;
    }

    /** What {@code unique} returns: the sorted distinct values, and on request the inverse indices and the counts. */
    public record Unique(Tensor values, Tensor inverse, Tensor counts) {
    }

    /**
     * {@code unique(sorted=True, return_inverse, return_counts)} over all elements. Not differentiable:
     * a result of an input that requires grad refuses backward with PyTorch's NotImplementedError.
     */
    public static Unique unique(Tensor t) {
        Lanes all = Lanes.of(t, null);
        int n = (int) all.size;
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = all.get(0, k);
        }
        double[] distinct = Arrays.stream(values).sorted().distinct().toArray();
        Tensor uniqueValues = Tensor.empty(new long[] {distinct.length}, t.dtype());
        List<Long> positions = new ArrayList<>();
        for (int i = 0; i < distinct.length; i++) {
            int first = indexOf(values, distinct[i]);
            positions.add((long) first);
        }
        for (int i = 0; i < distinct.length; i++) {
            long p = all.position(0, positions.get(i));
            if (t.dtype().isFloatingPoint()) {
                uniqueValues.storage().setDouble(i, all.source.doubleAt(p));
            } else {
                uniqueValues.storage().setLong(i, all.source.longAt(p));
            }
        }
        Tensor inverse = Tensor.empty(t.shape(), DType.INT64);
        long[] counts = new long[distinct.length];
        for (int k = 0; k < n; k++) {
            int slot = Arrays.binarySearch(distinct, values[k]);
            inverse.storage().setLong(k, slot);
            counts[slot]++;
        }
        Tensor countTensor = Tensor.empty(new long[] {distinct.length}, DType.INT64);
        for (int i = 0; i < counts.length; i++) {
            countTensor.storage().setLong(i, counts[i]);
        }
        Tensor recorded = Graph.record(uniqueValues, "torch::autograd::NotImplemented", g -> {
            throw new TorchException(TorchException.Kind.NOT_IMPLEMENTED_ERROR, "the derivative for '_unique2' is not implemented.");
        }, t);
        return new Unique(recorded, inverse, countTensor);
    }

    private static int indexOf(double[] values, double v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v || (Double.isNaN(v) && Double.isNaN(values[i]))) {
                return i;
            }
        }
        return -1;
    }
}
