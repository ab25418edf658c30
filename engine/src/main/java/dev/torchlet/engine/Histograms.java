package dev.torchlet.engine;

/**
 * {@code bincount} (how often each non-negative integer occurs, optionally weighted) and
 * {@code histc} (counts in equal-width bins), each as a one-hot comparison with the bin numbers
 * summed over the elements, so they run on every device. bincount's length depends on the largest
 * value, which is read back (one element), as PyTorch's CUDA bincount does too.
 */
public final class Histograms {
    private Histograms() {
    }

    public static Tensor bincount(Tensor input, Tensor weights, long minlength) {
        if (input.dtype().isFloatingPoint()) {
            throw TorchException.runtime("\"bincount_cpu\" not implemented for '" + ShapeOps.typeName(input.dtype()) + "'");
        }
        if (minlength < 0) {
            throw TorchException.runtime("minlength should be >= 0");
        }
        if (input.dim() != 1 || (input.numel() > 0 && Extrema.min(input.detach()).onHost().longAt(0) < 0)) {
            throw TorchException.runtime("bincount only supports 1-d non-negative integral inputs.");
        }
        if (weights != null && (weights.dim() != 1 || weights.numel() != input.numel())) {
            throw TorchException.runtime("weights should be 1-d and have the same length as input");
        }
        DType type = weights == null ? DType.INT64 : weights.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        long length = Math.max(minlength, input.numel() == 0 ? 0 : Extrema.max(input.detach()).onHost().longAt(0) + 1);
        if (input.numel() == 0) {
            return Torch.full(new long[] {length}, Scalar.of(0L), type, input.device());
        }
        Tensor hits = oneHot(input.detach(), length).to(type);
        if (weights != null) {
            hits = hits.mul(ShapeOps.unsqueeze(weights.detach().to(type), 1));
        }
        return hits.sum(new int[] {0}, false);
    }

    /** {@code histc(bins, min, max)}: min = max means the data's own range (widened by 1 each way if that is empty). */
    public static Tensor histc(Tensor input, long bins, double min, double max) {
        if (!input.dtype().isFloatingPoint()) {
            throw TorchException.runtime("\"histogram_cpu\" not implemented for '" + ShapeOps.typeName(input.dtype()) + "'");
        }
        if (bins <= 0) {
            throw TorchException.runtime("torch.histogram(): bins must be > 0, but got " + bins + " for dimension 0");
        }
        if (min > max) {
            throw TorchException.runtime("torch.histc: max must be larger than min");
        }
        Tensor x = input.detach().reshape(-1);
        DType type = x.dtype();
        // The edges stay tensors (on the input's device) so the data's range is never read back.
        Tensor lo = Torch.full(new long[0], Scalar.of(min), type);
        Tensor hi = Torch.full(new long[0], Scalar.of(max), type);
        if (min == max && x.numel() > 0) {
            lo = Extrema.min(x);
            hi = Extrema.max(x);
        }
        Tensor same = Comparisons.eq(lo, hi);
        lo = Torch.where(same, lo.sub(Scalar.of(1L)), lo);
        hi = Torch.where(same, hi.add(Scalar.of(1L)), hi);
        if (x.numel() == 0) {
            return Torch.full(new long[] {bins}, Scalar.of(0L), type, input.device());
        }
        Tensor position = x.sub(lo).div(hi.sub(lo)).mul(Scalar.of(bins)).unary(UnaryOp.FLOOR).to(DType.INT64);
        // The top edge belongs to the last bin; values outside [min, max] count nowhere, and NaN counts
        // in the first bin (PyTorch 1.13's histc tests "outside", which NaN is not).
        position = Torch.where(Comparisons.eq(x, hi), Torch.full(new long[0], Scalar.of(bins - 1), DType.INT64), position);
        position = Torch.where(FloatChecks.isnan(x), Torch.full(new long[0], Scalar.of(0L), DType.INT64), position);
        Tensor inside = Comparisons.logicalNot(Comparisons.logical(Comparisons.Logical.OR, Comparisons.lt(x, lo), Comparisons.gt(x, hi)));
        position = Torch.where(inside, position, Torch.full(new long[0], Scalar.of(-1L), DType.INT64));
        return oneHot(position, bins).to(type).sum(new int[] {0}, false);
    }

    /** A bool (n, length) matrix: row i is true at column values[i]. */
    private static Tensor oneHot(Tensor values, long length) {
        Tensor columns = Torch.arange(Scalar.of(0L), Scalar.of(length), Scalar.of(1L), DType.INT64).transferredTo(values.device());
        return Comparisons.eq(ShapeOps.unsqueeze(values.to(DType.INT64), 1), ShapeOps.unsqueeze(columns, 0));
    }
}
