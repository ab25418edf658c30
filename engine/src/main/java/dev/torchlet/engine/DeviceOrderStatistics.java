package dev.torchlet.engine;

/**
 * {@link OrderStatistics}' picks on an accelerator, from the backend's stable sort (NaN last)
 * and element-wise ops on detached inputs; the caller records the same nodes as on the CPU.
 * Each pick works on {@code [lanes, n]} ({@link DeviceLanes#lanesLast}) and returns the values and
 * int64 indices as vectors of one entry per lane.
 *
 * <p>The picks are the CPU's: median is sorted element (k − 1) / 2 of the k numbers (the first
 * NaN, sorted element k, when the lane holds one); mode the first longest run of equal values in
 * ascending order, at its last position. The stable sort leaves equal values in their original
 * order, so mode's index is the value's last occurrence — the CPU's too for lanes up to 16
 * elements (insertion sort, also stable); past that the CPU's introsort may leave equal values
 * in another order, and with NaN among unique values the CPU's unstable sort decides where NaN goes.
 */
final class DeviceOrderStatistics {
    private DeviceOrderStatistics() {
    }

    /** median (or nanmedian, {@code ignoreNan}) of each lane: {values, indices}. */
    static Tensor[] median(Tensor lanes, boolean ignoreNan) {
        long n = lanes.size(1);
        Tensor[] sorted = DeviceKernels.sort(lanes, 1, false);
        Tensor numbers = Comparisons.logicalNot(DeviceLanes.isNan(lanes)).sum(new int[] {1}, false);
        Tensor lower = ElementwiseOps.binary(BinaryOp.FLOOR_DIVIDE, Clamping.clampMin(numbers.sub(Scalar.of(1L)), Scalar.of(0L)),
                Scalar.of(2L));
        Tensor position = ignoreNan ? lower
                : IndexFunctions.where(Comparisons.compare(Comparisons.Comparison.LT, numbers, Scalar.of(n)), numbers, lower);
        return new Tensor[] {DeviceLanes.pick(sorted[0], position), DeviceLanes.pick(sorted[1], position)};
    }

    /** mode of each lane: {values, indices}. */
    static Tensor[] mode(Tensor lanes) {
        long n = lanes.size(1);
        Tensor[] sorted = DeviceKernels.sort(lanes, 1, false);
        Tensor lengths = DeviceLanes.lengthsSoFar(DeviceLanes.starts(sorted[0]));
        Tensor longest = Extrema.max(lengths, 1, true).values();
        Tensor firstLongestEnd = Extrema.min(IndexFunctions.where(Comparisons.eq(lengths, longest),
                DeviceLanes.counting(n, lanes.device()), Torch.full(new long[0], Scalar.of(n), DType.INT64)), 1, false).values();
        return new Tensor[] {DeviceLanes.pick(sorted[0], firstLongestEnd), DeviceLanes.pick(sorted[1], firstLongestEnd)};
    }

    /**
     * unique(sorted=True) of every element: the distinct values ascending, with each element's
     * inverse index and the counts. As on the CPU, every NaN is a value of its own whose count is 0,
     * and an element that is NaN has inverse 0 (PyTorch's lookups never find NaN); the CPU's
     * std::sort leaves NaN values anywhere among the others, the device's sort puts them last.
     */
    static OrderStatistics.Unique unique(Tensor t) {
        long n = t.numel();
        Tensor flat = t.reshape(n);
        Tensor[] distinct = distinctRows(flat.reshape(n, 1));
        Tensor values = DeviceKernels.take(flat, distinct[0], new long[] {distinct[0].numel()});
        Tensor zero = Torch.full(new long[0], Scalar.of(0L), DType.INT64);
        Tensor inverse = IndexFunctions.where(DeviceLanes.isNan(flat), zero, distinct[1]);
        Tensor counts = IndexFunctions.where(DeviceLanes.isNan(values), zero, distinct[2]);
        return new OrderStatistics.Unique(values, inverse.reshape(t.shape()), counts);
    }

    /**
     * The distinct rows of {@code rows} ({@code [n, width]}) in lexicographic order, NaN after
     * every number: {first row of each group in that order, each row's group, each group's size}
     * (int64). Ties keep their row order, so a group's first row is its earliest. The order is one
     * stable sort per column, last column first; rows are equal where every element is (NaN
     * equals nothing). Reads back the number of groups only (to size them).
     */
    static Tensor[] distinctRows(Tensor rows) {
        long n = rows.size(0);
        long width = rows.size(1);
        var device = rows.device();
        if (n == 0 || width == 0) {
            long groups = Math.min(n, 1);
            return new Tensor[] {Torch.full(new long[] {groups}, Scalar.of(0L), DType.INT64, device),
                Torch.full(new long[] {n}, Scalar.of(0L), DType.INT64, device),
                Torch.full(new long[] {groups}, Scalar.of(n), DType.INT64, device)};
        }
        Tensor order = DeviceLanes.counting(n, device);
        for (long k = width - 1; k >= 0; k--) {
            Tensor key = DeviceKernels.take(rows.select(1, k).contiguous(), order, new long[] {1, n});
            Tensor byKey = DeviceKernels.sort(key, 1, false)[1].reshape(n);
            order = DeviceKernels.take(order, byKey, new long[] {n});
        }
        Tensor elements = ShapeOps.unsqueeze(order.mul(Scalar.of(width)), 1).add(DeviceLanes.counting(width, device));
        Tensor sortedColumns = DeviceKernels.take(rows, elements, new long[] {n, width}).transpose(0, 1).contiguous();
        Tensor starts = Statistics.any(DeviceLanes.starts(sortedColumns), 0, true);
        Tensor firsts = order.maskedSelect(starts.reshape(n));
        Tensor groupOfRow = Tensor.empty(new long[] {n}, DType.INT64, device);
        DeviceKernels.putDistinct(groupOfRow, order, Scans.cumsum(starts, 1).sub(Scalar.of(1L)).reshape(n).contiguous(), false);
        Tensor counts = DeviceLanes.lengthsSoFar(starts).maskedSelect(DeviceLanes.ends(starts));
        return new Tensor[] {firsts, groupOfRow, counts};
    }
}
