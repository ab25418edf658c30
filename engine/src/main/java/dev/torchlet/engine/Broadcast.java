package dev.torchlet.engine;

/** PyTorch's broadcasting rule: align shapes at the right; each dimension must match or be 1. */
final class Broadcast {
    private Broadcast() {
    }

    static long[] shapes(long[] a, long[] b) {
        int rank = Math.max(a.length, b.length);
        long[] result = new long[rank];
        // From the last dimension back, as PyTorch's size inference reports the innermost mismatch.
        for (int i = rank - 1; i >= 0; i--) {
            long sizeA = i < rank - a.length ? 1 : a[i - (rank - a.length)];
            long sizeB = i < rank - b.length ? 1 : b[i - (rank - b.length)];
            if (sizeA != sizeB && sizeA != 1 && sizeB != 1) {
                throw TorchException.runtime("The size of tensor a (" + sizeA + ") must match the size of tensor b ("
                        + sizeB + ") at non-singleton dimension " + i);
            }
            result[i] = sizeA == 1 ? sizeB : sizeA;
        }
        return result;
    }

    /** Strides that read {@code shape}'s contiguous elements as if expanded to {@code target} (0 where broadcast). */
    static long[] expandedStrides(long[] shape, long[] target) {
        long[] strides = new long[target.length];
        long stride = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            int t = i + target.length - shape.length;
            strides[t] = shape[i] == 1 ? 0 : stride;
            stride *= shape[i];
        }
        return strides;
    }
}
