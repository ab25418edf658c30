package dev.torchlet.engine;

/**
 * Sum and mean over all elements or along one dimension (with keepdim), on the CPU. Floating-point
 * sums add in PyTorch's order ({@link CascadeSum}), so they equal PyTorch's to the last bit; a mean
 * is that sum divided by the count in the dtype, as PyTorch's CPU mean is. Integer sums are exact.
 */
final class Reductions {
    private Reductions() {
    }

    static Tensor sum(Tensor t, Integer dim, boolean keepdim) {
        DType type = t.dtype().isFloatingPoint() ? t.dtype() : DType.INT64;
        return reduce(t, dim, keepdim, type, false);
    }

    static Tensor mean(Tensor t, Integer dim, boolean keepdim) {
        if (!t.dtype().isFloatingPoint()) {
            throw TorchException.runtime("mean(): could not infer output dtype. Input dtype must be either a floating point or "
                    + "complex dtype. Got: " + pytorchScalarName(t.dtype()));
        }
        return reduce(t, dim, keepdim, t.dtype(), true);
    }

    private static String pytorchScalarName(DType dtype) {
        return switch (dtype) {
            case INT64 -> "Long";
            case INT32 -> "Int";
            case UINT8 -> "Byte";
            case BOOL -> "Bool";
            case FLOAT32 -> "Float";
            case FLOAT64 -> "Double";
        };
    }

    private static Tensor reduce(Tensor strided, Integer dim, boolean keepdim, DType type, boolean average) {
        if (type.isFloatingPoint()) {
            return floatingReduce(strided, dim, keepdim, average);
        }
        Tensor t = strided.contiguous();
        long[] shape = t.shape();
        // View the tensor as [outer, size, inner] around the reduced dimension.
        int d = dim == null ? -1 : t.wrapDim(dim);
        long size = dim == null ? t.numel() : (shape.length == 0 ? 1 : shape[d]);
        long inner = 1;
        long outer = 1;
        if (dim != null) {
            for (int i = d + 1; i < shape.length; i++) {
                inner *= shape[i];
            }
            for (int i = 0; i < d; i++) {
                outer *= shape[i];
            }
        }
        Tensor out = Tensor.empty(resultShape(shape, dim == null ? null : d, keepdim), type);
        Storage result = out.storage();
        boolean integral = !type.isFloatingPoint();
        for (long o = 0; o < outer; o++) {
            for (long i = 0; i < inner; i++) {
                double floating = 0;
                long whole = 0;
                for (long k = 0; k < size; k++) {
                    long index = (o * size + k) * inner + i;
                    if (integral) {
                        whole += t.longAt(index);
                    } else {
                        floating += t.doubleAt(index);
                    }
                }
                int target = (int) (o * inner + i);
                if (integral) {
                    result.setLong(target, whole);
                } else {
                    result.setDouble(target, average ? (size == 0 ? Double.NaN : floating / size) : floating);
                }
            }
        }
        return out;
    }

    private static Tensor floatingReduce(Tensor t, Integer dim, boolean keepdim, boolean average) {
        boolean[] reduced = null;
        long count = t.numel();
        if (dim != null && t.dim() > 0) {
            reduced = new boolean[t.dim()];
            int d = t.wrapDim(dim);
            reduced[d] = true;
            count = t.shape()[d];
        } else if (dim != null) {
            t.wrapDim(dim);
        }
        double[] sums = CascadeSum.sum(t, reduced);
        Tensor out = Tensor.empty(resultShape(t.shape(), dim == null || t.dim() == 0 ? null : t.wrapDim(dim), keepdim), t.dtype());
        Storage result = out.storage();
        for (int i = 0; i < sums.length; i++) {
            // Storing rounds to the dtype: a float32 mean is the float32 sum divided by the count, rounded once.
            result.setDouble(i, average ? (count == 0 ? Double.NaN : sums[i] / count) : sums[i]);
        }
        return out;
    }

    private static long[] resultShape(long[] shape, Integer dim, boolean keepdim) {
        if (dim == null) {
            long[] ones = new long[keepdim ? shape.length : 0];
            java.util.Arrays.fill(ones, 1);
            return ones;
        }
        if (shape.length == 0) {
            return new long[0];
        }
        if (keepdim) {
            long[] kept = shape.clone();
            kept[dim] = 1;
            return kept;
        }
        long[] reduced = new long[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != dim) {
                reduced[j++] = shape[i];
            }
        }
        return reduced;
    }
}
