package dev.torchlet.engine;

/**
 * Sum and mean over all elements or along one dimension (with keepdim), on the CPU. Floating-point
 * sums add in PyTorch's order ({@link CascadeSum}), so they equal PyTorch's to the last bit; a mean
 * is that sum divided by the count in the dtype, as PyTorch's CPU mean is. Integer sums are exact.
 */
final class Reductions {
    private Reductions() {
    }

    static Tensor sum(Tensor t, int[] dims, boolean keepdim) {
        return reduce(t, dims, keepdim, false);
    }

    static Tensor mean(Tensor t, int[] dims, boolean keepdim) {
        if (!t.dtype().isFloatingPoint()) {
            throw TorchException.runtime("mean(): could not infer output dtype. Input dtype must be either a floating point or "
                    + "complex dtype. Got: " + ShapeOps.typeName(t.dtype()));
        }
        return reduce(t, dims, keepdim, true);
    }

    /**
     * Which dimensions a reduction over {@code dims} removes (null: all of them, as for no dims or an
     * empty list, which PyTorch 1.13 also reads as all), with PyTorch's errors.
     */
    static boolean[] reducedDims(Tensor t, int[] dims) {
        if (dims == null || dims.length == 0) {
            return null;
        }
        boolean[] reduced = new boolean[Math.max(1, t.dim())];
        for (int dim : dims) {
            int d = t.wrapDim(dim);
            if (reduced[d]) {
                throw TorchException.runtime("dim " + d + " appears multiple times in the list of dims");
            }
            reduced[d] = true;
        }
        return t.dim() == 0 ? null : reduced;
    }

    /** How many elements each output element reduces. */
    static long reducedCount(Tensor t, boolean[] reduced) {
        if (reduced == null) {
            return t.numel();
        }
        long count = 1;
        for (int d = 0; d < reduced.length; d++) {
            count *= reduced[d] ? t.shape()[d] : 1;
        }
        return count;
    }

    private static Tensor reduce(Tensor t, int[] dims, boolean keepdim, boolean average) {
        boolean[] reduced = reducedDims(t, dims);
        long[] shape = t.shape();
        DType resultType = t.dtype().isFloatingPoint() ? t.dtype() : DType.INT64;
        if (!t.device().isCpu()) {
            return DeviceKernels.reduce(average ? "mean" : "sum", t, reduced, resultShape(shape, reduced, keepdim), resultType);
        }
        Tensor out = Tensor.empty(resultShape(shape, reduced, keepdim), resultType);
        Storage result = out.storage();
        if (t.dtype().isFloatingPoint()) {
            long count = reducedCount(t, reduced);
            double[] sums = CascadeSum.sum(t, reduced);
            for (int i = 0; i < sums.length; i++) {
                // Storing rounds to the dtype: a float32 mean is the float32 sum divided by the count, rounded once.
                result.setDouble(i, average ? (count == 0 ? Double.NaN : sums[i] / count) : sums[i]);
            }
            return out;
        }
        // Integer sums are exact: each element adds into its output element, in any order.
        long[] outStride = new long[shape.length];
        long size = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            boolean gone = reduced == null || reduced[d];
            outStride[d] = gone ? 0 : size;
            size *= gone ? 1 : shape[d];
        }
        long[] sums = new long[(int) size];
        for (long i = 0; i < t.numel(); i++) {
            long rest = i;
            long target = 0;
            for (int d = shape.length - 1; d >= 0; d--) {
                target += (rest % shape[d]) * outStride[d];
                rest /= shape[d];
            }
            sums[(int) target] += t.longAt(i);
        }
        for (int i = 0; i < sums.length; i++) {
            result.setLong(i, sums[i]);
        }
        return out;
    }

    /** The shape left by reducing the {@code reduced} dims (null: all), with size-1 dims in their place under keepdim. */
    static long[] resultShape(long[] shape, boolean[] reduced, boolean keepdim) {
        java.util.List<Long> dims = new java.util.ArrayList<>();
        for (int d = 0; d < shape.length; d++) {
            boolean gone = reduced == null || reduced[d];
            if (!gone) {
                dims.add(shape[d]);
            } else if (keepdim) {
                dims.add(1L);
            }
        }
        long[] result = new long[dims.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = dims.get(i);
        }
        return result;
    }
}
