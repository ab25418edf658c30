package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Tensor;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyObject;

/**
 * NumPy scalars as Torchlet gives them: Python numbers. {@code a[0]}, {@code a.sum()} and
 * {@code a.item()} return a Python float, int or bool (NumPy's {@code np.float64} is a float subclass
 * and prints the same); float32 results are {@link PyNdArray#float32Scalar}s instead (see {@link PyNdArray#wrapResult}).
 */
final class ArrayScalars {
    private ArrayScalars() {
    }

    static PyObject box(double value, DType dtype) {
        if (dtype == DType.BOOL) {
            return PyBool.of(value != 0);
        }
        return dtype.isFloatingPoint() ? new PyFloat(value) : PyInt.of((long) value);
    }

    /** The element of a one-element tensor as a Python number. */
    static PyObject item(Tensor t) {
        if (t.dtype() == DType.BOOL) {
            return PyBool.of(t.itemAsLong() != 0);
        }
        return t.dtype().isFloatingPoint() ? new PyFloat(t.itemAsDouble()) : PyInt.of(t.itemAsLong());
    }

    /** The element at row-major position {@code index} as a Python number. */
    static PyObject at(Tensor t, long index) {
        if (t.dtype() == DType.BOOL) {
            return PyBool.of(t.longAt(index) != 0);
        }
        return t.dtype().isFloatingPoint() ? new PyFloat(t.doubleAt(index)) : PyInt.of(t.longAt(index));
    }
}
