package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;

/**
 * NumPy 1.24's result types for the six dtypes Torchlet has: the promotion table between arrays
 * ({@code int32 + float32 → float64}, {@code uint8 + int32 → int32}), and value-based casting for
 * Python scalars and 0-d arrays ({@code float32 array + 2.5 → float32}, {@code int32 array + 1 → int32},
 * {@code bool array + 1 → int64}).
 */
final class NumpyPromotion {
    private NumpyPromotion() {
    }

    /** 0 bool, 1 unsigned/signed integer, 2 floating point. */
    static int kind(DType d) {
        return d == DType.BOOL ? 0 : d.isFloatingPoint() ? 2 : 1;
    }

    static DType arrays(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a == DType.BOOL) {
            return b;
        }
        if (b == DType.BOOL) {
            return a;
        }
        if (a.isFloatingPoint() && b.isFloatingPoint()) {
            return DType.FLOAT64;
        }
        if (a.isFloatingPoint() || b.isFloatingPoint()) {
            DType f = a.isFloatingPoint() ? a : b;
            DType i = a.isFloatingPoint() ? b : a;
            // float32 holds uint8 exactly; int32 and int64 need float64.
            return f == DType.FLOAT32 && i != DType.UINT8 ? DType.FLOAT64 : f;
        }
        // Both integers: uint8 < int32 < int64 (uint8 with a signed type fits in the signed one).
        return a.itemSize() >= b.itemSize() ? a : b;
    }

    /** The result type of {@code array op scalar} where the scalar is a Python bool, int or float. */
    static DType withScalar(DType array, PyObject scalar) {
        int scalarKind = scalar instanceof PyBool ? 0 : scalar instanceof PyInt ? 1 : 2;
        if (scalarKind > kind(array)) {
            return scalarKind == 1 ? DType.INT64 : DType.FLOAT64;
        }
        if (scalarKind == 1 && kind(array) == 1) {
            long v = ((PyInt) scalar).value();
            boolean fits = switch (array) {
                case UINT8 -> v >= 0 && v <= 255;
                case INT32 -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
                default -> true;
            };
            if (!fits) {
                if (array == DType.UINT8) {
                    throw PythonException.of("NotImplementedError", "a uint8 array with the int " + v
                            + " would give NumPy's int16/uint16, which Torchlet does not have; convert with astype first");
                }
                return DType.INT64;
            }
        }
        return array;
    }

    /** The result type of {@code array op zeroDim} where the other operand is a 0-d array (a scalar to NumPy 1.24). */
    static DType withZeroDim(DType array, DType scalar) {
        if (kind(scalar) <= kind(array)) {
            return array;
        }
        return arrays(array, scalar);
    }

    /** Whether a Python value is a scalar NumPy would treat by value. */
    static boolean isPythonScalar(PyObject value) {
        return value instanceof PyInt || value instanceof PyFloat;
    }

    /** True division's type: integers and bools divide into float64. */
    static DType floating(DType d) {
        return d.isFloatingPoint() ? d : DType.FLOAT64;
    }
}
