package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * {@code median}, {@code mode} and {@code unique}: values picked by their rank or frequency.
 * median is the lower median (PyTorch's: element (n-1)/2 in sorted order) and its index, NaN
 * when the values hold one; nanmedian the same over the values that are not NaN; mode as
 * {@link ModeOfLane} picks it; unique is sorted unless asked otherwise. Known difference: with ties, median's index may
 * name another of the equal elements than PyTorch's (whose choice comes from
 * {@code std::nth_element}).
 */
public final class OrderStatistics {
    private OrderStatistics() {
    }

    /** A value picked from one lane: its position within the lane. */
    @FunctionalInterface
    private interface Pick {
        long position(double[] lane);
    }

    /** A pick on the CPU, one lane at a time, and the same pick of every lane ({@code [lanes, n]}) on an accelerator. */
    private record Picker(Pick onHost, Function<Tensor, Tensor[]> onDevice) {
    }

    private static final Picker MEDIAN = new Picker(OrderStatistics::lowerMedian, lanes -> DeviceOrderStatistics.median(lanes, false));
    private static final Picker NANMEDIAN = new Picker(OrderStatistics::lowerNanMedian,
            lanes -> DeviceOrderStatistics.median(lanes, true));
    private static final Picker MODE = new Picker(ModeOfLane::position, DeviceOrderStatistics::mode);

    /**
     * {@code median()}: the lower median of every element (MedianBackward0: the gradient goes to that
     * element); NaN when any element is NaN, and for an empty tensor.
     */
    public static Tensor median(Tensor t) {
        return wholeMedian(t, MEDIAN, "MedianBackward0");
    }

    /** {@code nanmedian()}: the lower median of the elements that are not NaN (NanmedianBackward0). */
    public static Tensor nanmedian(Tensor t) {
        return wholeMedian(t, NANMEDIAN, "NanmedianBackward0");
    }

    private static Tensor wholeMedian(Tensor t, Picker pick, String gradFn) {
        if (t.numel() == 0) {
            return Torch.full(new long[0], Scalar.of(Double.NaN), t.dtype(), t.device());
        }
        ValuesIndices picked = pick(t, null, false, pick, "median");
        long[] shape = t.shape();
        long numel = t.numel();
        Tensor flatIndex = picked.indices().reshape(1);
        return Graph.record(picked.values(), gradFn, g -> new Tensor[] {
            Torch.full(new long[] {numel}, Scalar.of(0L), g.dtype(), g.device()).scatter(0, flatIndex, g.reshape(1)).reshape(shape)}, t);
    }

    /** {@code median(dim, keepdim)}: values and indices (MedianBackward1); a lane holding NaN gives its first NaN. */
    public static ValuesIndices median(Tensor t, int dim, boolean keepdim) {
        return alongDim(t, dim, keepdim, MEDIAN, "median", "MedianBackward1");
    }

    /** {@code nanmedian(dim, keepdim)}: each lane's median ignoring NaN (NanmedianBackward1). */
    public static ValuesIndices nanmedian(Tensor t, int dim, boolean keepdim) {
        return alongDim(t, dim, keepdim, NANMEDIAN, "median", "NanmedianBackward1");
    }

    /** {@code mode(dim=-1, keepdim)}: values and indices (ModeBackward0). */
    public static ValuesIndices mode(Tensor t, int dim, boolean keepdim) {
        return alongDim(t, dim, keepdim, MODE, "mode", "ModeBackward0");
    }

    private static ValuesIndices alongDim(Tensor t, int dim, boolean keepdim, Picker pick, String function, String gradFn) {
        int d = t.dim() == 0 ? 0 : Dims.wrap(dim, t.dim());
        ValuesIndices picked = pick(t, d, keepdim, pick, function);
        return new ValuesIndices(Derivatives.selectedAlong(picked.values(), t, d, picked.indices(), keepdim, gradFn),
                picked.indices());
    }

    private static ValuesIndices pick(Tensor t, Integer dim, boolean keepdim, Picker picker, String function) {
        Lanes lanes = Lanes.of(t, t.dim() == 0 ? null : dim);
        if (lanes.size == 0) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, function + "(): Expected reduction dim " + dim
                    + " to have non-zero size.");
        }
        long[] shape = lanes.reducedShape(keepdim);
        if (!t.device().isCpu()) {
            Tensor detached = t.detach();
            Tensor[] picked = picker.onDevice().apply(dim == null ? detached.reshape(1, t.numel()) : DeviceLanes.lanesLast(detached, dim));
            return new ValuesIndices(picked[0].reshape(shape), picked[1].reshape(shape));
        }
        Pick pick = picker.onHost();
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

    /** median's pick: the first NaN when there is one (NaN propagates), else element (n-1)/2 in ascending order. */
    private static long lowerMedian(double[] lane) {
        for (int i = 0; i < lane.length; i++) {
            if (Double.isNaN(lane[i])) {
                return i;
            }
        }
        return lowerNanMedian(lane);
    }

    /**
     * nanmedian's pick: element (k-1)/2 in ascending order of the k values that are not NaN (the
     * first of equal values, as a stable sort puts them); with no such value, the first element.
     */
    private static long lowerNanMedian(double[] lane) {
        Integer[] order = new Integer[lane.length];
        int numbers = 0;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            numbers += Double.isNaN(lane[i]) ? 0 : 1;
        }
        // Double.compare puts NaN after every number.
        Arrays.sort(order, (x, y) -> Double.compare(lane[x], lane[y]));
        return numbers == 0 ? 0 : order[(numbers - 1) / 2];
    }

    /** What {@code unique} returns: the sorted distinct values, and on request the inverse indices and the counts. */
    public record Unique(Tensor values, Tensor inverse, Tensor counts) {
    }

    /**
     * {@code unique(sorted=True, return_inverse, return_counts)} over all elements. Not differentiable:
     * a result of an input that requires grad refuses backward with PyTorch's NotImplementedError.
     */
    public static Unique unique(Tensor t) {
        Unique found = !t.device().isCpu() ? DeviceOrderStatistics.unique(t.detach())
                : t.dtype() == DType.BOOL ? uniqueOnHost(t) : HashSetUnique.of(t, true);
        return new Unique(notDifferentiable(found.values(), t), found.inverse(), found.counts());
    }

    /** unique of a bool tensor on the CPU (not hashed by PyTorch): its values ascending. */
    private static Unique uniqueOnHost(Tensor t) {
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
        return new Unique(uniqueValues, inverse, countTensor);
    }

    /**
     * {@code unique(sorted, return_inverse, return_counts)}: with sorted=False the values come in
     * PyTorch's CPU order ({@link HashSetUnique}), and the inverse and counts follow them.
     */
    public static Unique unique(Tensor t, boolean sorted) {
        // On an accelerator unique always sorts, as PyTorch's CUDA kernel does.
        if (sorted || t.dtype() == DType.BOOL || !t.device().isCpu()) {
            return unique(t);
        }
        Unique u = HashSetUnique.of(t, false);
        return new Unique(notDifferentiable(u.values(), t), u.inverse(), u.counts());
    }

    private static Tensor notDifferentiable(Tensor uniqueValues, Tensor t) {
        return Graph.record(uniqueValues, "Unique2Backward0", g -> {
            throw new TorchException(TorchException.Kind.NOT_IMPLEMENTED_ERROR, "the derivative for '_unique2' is not implemented.");
        }, t);
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
