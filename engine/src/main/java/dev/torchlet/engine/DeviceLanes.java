package dev.torchlet.engine;

import dev.torchlet.engine.device.Device;
import java.util.List;

/**
 * Lanes on an accelerator: a tensor laid out as {@code [lanes, n]} with the lane's dim last, the
 * way back, picking one element per lane, and runs of equal values in sorted lanes — where each
 * run starts and ends and how long it is so far at every position. Everything is element-wise
 * ops, slices, gathers and a log-step running maximum, so no value leaves the device;
 * {@code median}, {@code mode}, {@code unique} and cumprod's gradient are built on these.
 */
final class DeviceLanes {
    private DeviceLanes() {
    }

    private static final Tensor ZERO = Torch.full(new long[0], Scalar.of(0L), DType.INT64);

    /** 0, 1, …, n − 1 as an int64 vector on the device. */
    static Tensor counting(long n, Device device) {
        return Torch.arange(Scalar.of(0L), Scalar.of(n), Scalar.of(1L), DType.INT64).transferredTo(device);
    }

    /** {@code t} with {@code dim} moved last and the rest flattened: {@code [lanes, n]}, contiguous. */
    static Tensor lanesLast(Tensor t, int dim) {
        if (t.dim() == 0) {
            return t.reshape(1, 1);
        }
        int[] order = new int[t.dim()];
        for (int k = 0, at = 0; k < order.length; k++) {
            if (k != dim) {
                order[at++] = k;
            }
        }
        order[order.length - 1] = dim;
        long n = t.size(dim);
        return ShapeOps.permute(t, order).contiguous().reshape(n == 0 ? 0 : t.numel() / n, n);
    }

    /** {@link #lanesLast}'s inverse: {@code lanes} back in {@code shape}, its last dim returning to {@code dim}. */
    static Tensor lanesBack(Tensor lanes, long[] shape, int dim) {
        if (shape.length == 0) {
            return lanes.reshape();
        }
        long[] moved = new long[shape.length];
        int[] back = new int[shape.length];
        for (int k = 0, at = 0; k < shape.length; k++) {
            if (k != dim) {
                back[k] = at;
                moved[at++] = shape[k];
            }
        }
        moved[shape.length - 1] = shape[dim];
        back[dim] = shape.length - 1;
        return ShapeOps.permute(lanes.reshape(moved), back).contiguous();
    }

    /** Element {@code positions[l]} of each lane {@code l} of {@code lanes} ({@code [lanes, n]}), as a vector. */
    static Tensor pick(Tensor lanes, Tensor positions) {
        long n = lanes.size(1);
        Tensor flat = positions.add(counting(lanes.size(0), lanes.device()).mul(Scalar.of(n)));
        return DeviceKernels.take(lanes, flat, new long[] {lanes.size(0)});
    }

    /**
     * True where a run starts: at a lane's first element and wherever a value differs from the one
     * before. NaN differs from everything, itself included (found by {@link FloatChecks#isnan}, not
     * by {@code !=}, whose NaN answer WebGPU's shader compilers do not keep).
     */
    static Tensor starts(Tensor sorted) {
        long n = sorted.size(1);
        Tensor first = Torch.full(new long[] {sorted.size(0), 1}, Scalar.of(true), DType.BOOL, sorted.device());
        if (n <= 1) {
            return first.slice(1, 0L, n, 1).contiguous();
        }
        Tensor before = sorted.slice(1, 0L, n - 1, 1);
        Tensor after = sorted.slice(1, 1L, n, 1);
        Tensor differs = Comparisons.logical(Comparisons.Logical.OR, Comparisons.ne(after, before),
                Comparisons.logical(Comparisons.Logical.OR, isNan(after), isNan(before)));
        return Joins.cat(List.of(first, differs), 1);
    }

    /** True where a run ends: before every start but the first, and at a lane's last element. */
    static Tensor ends(Tensor starts) {
        long n = starts.size(1);
        Tensor last = Torch.full(new long[] {starts.size(0), 1}, Scalar.of(true), DType.BOOL, starts.device());
        return Joins.cat(List.of(starts.slice(1, 1L, n, 1), last), 1);
    }

    /**
     * At every position, how many elements of its run come up to and including it (int64); at a
     * run's last position, the run's length. The run's first position is the running maximum of
     * the start positions, taken in log₂(n) doubling steps.
     */
    static Tensor lengthsSoFar(Tensor starts) {
        long lanes = starts.size(0);
        long n = starts.size(1);
        Tensor positions = counting(n, starts.device());
        Tensor runStart = IndexFunctions.where(starts, positions, ZERO);
        for (long shift = 1; shift < n; shift *= 2) {
            Tensor shifted = Joins.cat(List.of(Torch.full(new long[] {lanes, shift}, Scalar.of(0L), DType.INT64, starts.device()),
                    runStart.slice(1, 0L, n - shift, 1)), 1);
            runStart = ElementwiseOps.binary(BinaryOp.MAXIMUM, runStart, shifted);
        }
        return positions.sub(runStart).add(Scalar.of(1L));
    }

    static Tensor isNan(Tensor t) {
        return t.dtype().isFloatingPoint() ? FloatChecks.isnan(t) : Torch.full(t.shape(), Scalar.of(false), DType.BOOL, t.device());
    }
}
