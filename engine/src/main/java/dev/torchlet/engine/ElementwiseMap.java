package dev.torchlet.engine;

/**
 * A broadcasting element-wise loop for ops outside the arithmetic table (comparisons, logical
 * ops, clamp, lerp…): the inputs are seen expanded to the common shape (stride-0 views, no copy)
 * and read element by element in row-major order.
 */
final class ElementwiseMap {
    private ElementwiseMap() {
    }

    /** A function of one element of each input, in double precision. */
    @FunctionalInterface
    interface DoubleFunction {
        double apply(double[] values);
    }

    /** A function of one element of each input, in 64-bit integers (exact for int64). */
    @FunctionalInterface
    interface LongFunction {
        long apply(long[] values);
    }

    static long[] broadcastShape(Tensor... inputs) {
        long[] shape = inputs[0].shape();
        for (int i = 1; i < inputs.length; i++) {
            shape = Broadcast.shapes(shape, inputs[i].shape());
        }
        return shape;
    }

    /** Inputs read as doubles; the result is rounded to {@code out} dtype. */
    static Tensor mapDouble(DType out, DoubleFunction f, Tensor... inputs) {
        long[] shape = broadcastShape(inputs);
        Tensor[] views = expanded(shape, inputs);
        Tensor result = Tensor.empty(shape, out);
        Storage s = result.storage();
        double[] values = new double[views.length];
        for (long i = 0; i < result.numel(); i++) {
            for (int k = 0; k < views.length; k++) {
                values[k] = views[k].dtype().isFloatingPoint() ? views[k].doubleAt(i) : views[k].longAt(i);
            }
            s.setDouble((int) i, f.apply(values));
        }
        return result;
    }

    /** Inputs read as longs (integer and bool tensors); the result is narrowed to {@code out} dtype. */
    static Tensor mapLong(DType out, LongFunction f, Tensor... inputs) {
        long[] shape = broadcastShape(inputs);
        Tensor[] views = expanded(shape, inputs);
        Tensor result = Tensor.empty(shape, out);
        Storage s = result.storage();
        long[] values = new long[views.length];
        for (long i = 0; i < result.numel(); i++) {
            for (int k = 0; k < views.length; k++) {
                values[k] = views[k].longAt(i);
            }
            s.setLong((int) i, f.apply(values));
        }
        return result;
    }

    private static Tensor[] expanded(long[] shape, Tensor[] inputs) {
        Tensor[] views = new Tensor[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            Tensor t = inputs[k];
            long[] strides = new long[shape.length];
            long[] own = t.stride();
            long[] ownShape = t.shape();
            for (int d = 0; d < ownShape.length; d++) {
                int target = d + shape.length - ownShape.length;
                strides[target] = ownShape[d] == 1 ? 0 : own[d];
            }
            views[k] = Tensor.alias(t, t.storageOffset(), shape, strides);
        }
        return views;
    }
}
