package dev.torchlet.engine;

/**
 * A tensor's elements as a plain row-major {@code double[]} and back, for kernels outside this
 * package (the nn convolution and pooling loops) that compute over whole arrays.
 */
public final class DenseValues {
    private DenseValues() {
    }

    public static double[] of(Tensor t) {
        double[] values = new double[(int) t.numel()];
        for (int i = 0; i < values.length; i++) {
            values[i] = t.doubleAt(i);
        }
        return values;
    }

    /** A new contiguous tensor holding {@code values} (rounded to the dtype, as a store into it rounds). */
    public static Tensor tensor(double[] values, long[] shape, DType dtype) {
        Tensor t = Tensor.empty(shape, dtype);
        Storage s = t.storage();
        for (int i = 0; i < values.length; i++) {
            s.setDouble(i, values[i]);
        }
        return t;
    }
}
