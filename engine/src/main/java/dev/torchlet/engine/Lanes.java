package dev.torchlet.engine;

/**
 * A tensor seen as [outer, size, inner] around one dimension (or as one lane of every element):
 * the shape every reduction, scan and sort along a dimension walks. Lane (o, i) holds the
 * {@code size} elements that differ only in that dimension.
 */
final class Lanes {
    final Tensor source;
    final int dim;
    final long outer;
    final long size;
    final long inner;

    private Lanes(Tensor source, int dim, long outer, long size, long inner) {
        this.source = source;
        this.dim = dim;
        this.outer = outer;
        this.size = size;
        this.inner = inner;
    }

    /** Along {@code dim} (already wrapped), or over all elements when {@code dim} is null. */
    static Lanes of(Tensor t, Integer dim) {
        Tensor c = t.detach().contiguous();
        long[] shape = c.shape();
        if (dim == null || shape.length == 0) {
            return new Lanes(c, -1, 1, c.numel(), 1);
        }
        return new Lanes(c, dim, Dims.product(shape, 0, dim), shape[dim], Dims.product(shape, dim + 1, shape.length));
    }

    long lanes() {
        return outer * inner;
    }

    /** Row-major position of element k of lane {@code lane}. */
    long position(long lane, long k) {
        long o = lane / inner;
        long i = lane % inner;
        return (o * size + k) * inner + i;
    }

    double get(long lane, long k) {
        long p = position(lane, k);
        return source.dtype().isFloatingPoint() ? source.doubleAt(p) : source.longAt(p);
    }

    long getLong(long lane, long k) {
        return source.longAt(position(lane, k));
    }

    /** The shape of one value per lane. */
    long[] reducedShape(boolean keepdim) {
        long[] shape = source.shape();
        if (dim < 0) {
            long[] ones = new long[keepdim ? shape.length : 0];
            java.util.Arrays.fill(ones, 1);
            return ones;
        }
        return Dims.reduced(shape, dim, keepdim);
    }
}
