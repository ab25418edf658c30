package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Arrays of legacy {@code numpy.random} draws: NumPy fills an array in C order with one scalar draw
 * per element (the same stream as single draws), and shuffles an array's first axis by swapping each
 * position from the end with one drawn by masked rejection from [0, i].
 */
final class RandomArrays {
    private RandomArrays() {
    }

    static PyNdArray doubles(long[] shape, DoubleSupplier draw) {
        double[] values = new double[count(shape)];
        for (int i = 0; i < values.length; i++) {
            values[i] = draw.getAsDouble();
        }
        return new PyNdArray(TensorValues.create(values, shape, DType.FLOAT64));
    }

    static PyNdArray longs(long[] shape, LongSupplier draw) {
        double[] values = new double[count(shape)];
        for (int i = 0; i < values.length; i++) {
            values[i] = draw.getAsLong();
        }
        return new PyNdArray(TensorValues.create(values, shape, DType.INT64));
    }

    static Tensor arange(long n) {
        double[] values = new double[count(new long[] {n})];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return TensorValues.create(values, new long[] {n}, DType.INT64);
    }

    /** The element count of {@code shape}, with NumPy's error for a negative size and a MemoryError past Java's arrays. */
    static int count(long[] shape) {
        long n = 1;
        for (long s : shape) {
            if (s < 0) {
                throw dev.torchlet.python.runtime.PythonException.of("ValueError", "negative dimensions are not allowed");
            }
            n *= s;
            if (n > Integer.MAX_VALUE - 8) {
                throw dev.torchlet.python.runtime.PythonException.of("MemoryError", "Unable to allocate an array with "
                        + "more than 2**31 elements in Torchlet");
            }
        }
        return (int) n;
    }

    /** Legacy {@code shuffle}: the first axis permuted in place (rows move whole). */
    static void shuffle(Tensor x, LegacyRandomState state) {
        if (x.dim() == 0) {
            throw dev.torchlet.python.runtime.PythonException.of("TypeError", "object of type 'numpy.ndarray' has no len()");
        }
        int n = (int) x.size(0);
        double[] order = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = (int) state.boundedMasked(i);
            double swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        Tensor picked = x.indexSelect(0, TensorValues.create(order, new long[] {n}, DType.INT64));
        NumpyTorchBridge.write(x, picked);
    }
}
