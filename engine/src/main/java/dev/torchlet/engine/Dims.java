package dev.torchlet.engine;

/** Dimension arguments as PyTorch reads them: negative counts from the end, out of range is an IndexError. */
final class Dims {
    private Dims() {
    }

    /** Wraps {@code dim} for a tensor of {@code rank} dimensions (a 0-d tensor accepts 0 and -1, like PyTorch). */
    static int wrap(int dim, int rank) {
        int r = Math.max(rank, 1);
        if (dim < -r || dim >= r) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, "Dimension out of range (expected to be in range of ["
                    + (-r) + ", " + (r - 1) + "], but got " + dim + ")");
        }
        return dim < 0 ? dim + r : dim;
    }

    /** The shape with {@code dim} removed, or set to 1 when {@code keepdim}. */
    static long[] reduced(long[] shape, int dim, boolean keepdim) {
        if (shape.length == 0) {
            return new long[0];
        }
        if (keepdim) {
            long[] kept = shape.clone();
            kept[dim] = 1;
            return kept;
        }
        long[] result = new long[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != dim) {
                result[j++] = shape[i];
            }
        }
        return result;
    }

    /** Product of the sizes in [from, to). */
    static long product(long[] shape, int from, int to) {
        long p = 1;
        for (int i = from; i < to; i++) {
            p *= shape[i];
        }
        return p;
    }
}
