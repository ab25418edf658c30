package dev.torchlet.engine;

/**
 * {@code searchsorted} and {@code bucketize}: where each value would go in a sorted sequence, as
 * the number of sequence elements before it (those &lt; it, or ≤ it for {@code right}), counted by
 * one broadcast comparison and a sum, so it runs on every device without reading any element.
 */
public final class SortedSearch {
    private SortedSearch() {
    }

    /** {@code searchsorted(sorted_sequence, values, right, out_int32)}: a 1-D sequence, or one per leading index of values. */
    public static Tensor searchsorted(Tensor sorted, Tensor values, boolean right, boolean outInt32) {
        if (sorted.dim() != 1) {
            long[] batch = java.util.Arrays.copyOf(sorted.shape(), sorted.dim() - 1);
            boolean matches = values.dim() == sorted.dim()
                    && java.util.Arrays.equals(batch, java.util.Arrays.copyOf(values.shape(), values.dim() - 1));
            if (!matches) {
                throw TorchException.runtime("torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 dimensions of "
                        + "boundaries tensor and input value tensor must match, but we got boundaries tensor "
                        + dev.torchlet.engine.format.SizeText.list(sorted.shape()) + " and input value tensor "
                        + dev.torchlet.engine.format.SizeText.list(values.shape()));
            }
        }
        Tensor sequence = sorted.detach();
        if (sorted.dim() > 1) {
            sequence = ShapeOps.unsqueeze(sequence, sequence.dim() - 1);
        }
        Tensor v = ShapeOps.unsqueeze(values.detach(), values.dim());
        Tensor before = right ? Comparisons.le(sequence, v) : Comparisons.lt(sequence, v);
        Tensor count = before.to(DType.INT64).sum(new int[] {before.dim() - 1}, false);
        return outInt32 ? count.to(DType.INT32) : count;
    }

    /** {@code bucketize(input, boundaries, right, out_int32)}: searchsorted with the roles of the arguments swapped. */
    public static Tensor bucketize(Tensor input, Tensor boundaries, boolean right, boolean outInt32) {
        if (boundaries.dim() != 1) {
            throw TorchException.runtime("boundaries tensor must be 1 dimension, but got dim(" + boundaries.dim() + ")");
        }
        return searchsorted(boundaries, input, right, outInt32);
    }
}
