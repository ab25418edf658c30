package dev.torchlet.engine;

import java.util.List;

/**
 * Gauss–Jordan elimination with partial pivoting of a batch of square matrices on an accelerator,
 * in float32 tensor ops (one column per step: pick the pivot, swap it up, normalise its row,
 * clear the column in every other row), for {@link MatrixFunctions}' det and inverse. The pivot is
 * the CPU's: the first row at or below the diagonal with the largest magnitude. Known difference:
 * the CPU eliminates in double precision and rounds once; this rounds every step in float32.
 *
 * @param pivots the pivot of each column, {@code [batch, n]}
 * @param swaps how many rows each matrix swapped, {@code [batch]} (int64): det's sign
 * @param firstZeroPivot the first column whose pivot was zero (n where none was), {@code [batch]} (int64)
 * @param reduced the reduced matrices with their right-hand sides, {@code [batch, n, n + extra]}
 */
record DeviceElimination(Tensor pivots, Tensor swaps, Tensor firstZeroPivot, Tensor reduced) {
    /**
     * Eliminates {@code matrices} ({@code [batch, n, n]}, detached, on the device), carrying the
     * identity along to the right when {@code withIdentity} (its reduced right half is the inverse).
     */
    static DeviceElimination of(Tensor matrices, boolean withIdentity) {
        long batch = matrices.size(0);
        long n = matrices.size(1);
        var device = matrices.device();
        Tensor rows = DeviceLanes.counting(n, device);
        Tensor work = matrices.contiguous();
        if (withIdentity) {
            Tensor identity = Creation.eye(n, n, matrices.dtype()).transferredTo(device);
            work = Joins.cat(List.of(work, ShapeOps.expand(identity, batch, n, n)), 2);
        }
        long width = work.size(2);
        Tensor columns = DeviceLanes.counting(width, device);
        Tensor matrixStarts = DeviceLanes.counting(batch, device).mul(Scalar.of(n)).reshape(batch, 1);
        Tensor swaps = Torch.full(new long[] {batch}, Scalar.of(0L), DType.INT64, device);
        Tensor firstZero = Torch.full(new long[] {batch}, Scalar.of(n), DType.INT64, device);
        Tensor[] pivots = new Tensor[(int) n];
        Tensor minusOne = Torch.full(new long[0], Scalar.of(-1.0), matrices.dtype());
        for (long c = 0; c < n; c++) {
            Tensor column = work.select(2, c);
            Tensor atOrBelow = Comparisons.compare(Comparisons.Comparison.GE, rows, Scalar.of(c));
            Tensor candidates = IndexFunctions.where(atOrBelow, column.unary(UnaryOp.ABS), minusOne);
            Tensor pivotRow = Extrema.max(candidates, 1, true).indices();
            // Row c and the pivot row trade places: a permutation of the rows, applied as one gather.
            Tensor isC = Comparisons.compare(Comparisons.Comparison.EQ, rows, Scalar.of(c));
            Tensor fromRow = IndexFunctions.where(isC, pivotRow,
                    IndexFunctions.where(Comparisons.eq(rows, pivotRow), Torch.full(new long[0], Scalar.of(c), DType.INT64), rows));
            Tensor sources = ShapeOps.unsqueeze(matrixStarts.add(fromRow).mul(Scalar.of(width)), 2).add(columns);
            work = DeviceKernels.take(work, sources, work.shape());
            swaps = swaps.add(Comparisons.compare(Comparisons.Comparison.NE, pivotRow.reshape(batch), Scalar.of(c)).to(DType.INT64));

            Tensor pivot = work.select(1, c).select(1, c);
            Tensor zero = Comparisons.compare(Comparisons.Comparison.EQ, pivot, Scalar.of(0.0));
            firstZero = IndexFunctions.where(Comparisons.logical(Comparisons.Logical.AND, zero,
                    Comparisons.compare(Comparisons.Comparison.EQ, firstZero, Scalar.of(n))),
                    Torch.full(new long[0], Scalar.of(c), DType.INT64), firstZero);
            pivots[(int) c] = pivot.reshape(batch, 1);
            // A zero pivot (its whole column below is zero) leaves the rows as they are: divide by one.
            Tensor divisor = IndexFunctions.where(zero, Torch.full(new long[0], Scalar.of(1.0), matrices.dtype()), pivot);
            Tensor pivotRowValues = work.select(1, c).div(divisor.reshape(batch, 1)).reshape(batch, 1, width);
            Tensor factors = IndexFunctions.where(isC, Torch.full(new long[0], Scalar.of(0.0), matrices.dtype()), work.select(2, c));
            Tensor eliminated = work.sub(factors.reshape(batch, n, 1).mul(pivotRowValues));
            work = IndexFunctions.where(isC.reshape(n, 1), pivotRowValues, eliminated);
        }
        Tensor allPivots = n == 0 ? Tensor.empty(new long[] {batch, 0}, matrices.dtype(), device) : Joins.cat(List.of(pivots), 1);
        return new DeviceElimination(allPivots, swaps, firstZero, work);
    }
}
