package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Float32;
import dev.torchlet.python.runtime.Conversions;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/**
 * NumPy's scalar types as Torchlet has them ({@code np.float64}, {@code np.float32}, {@code np.int64},
 * {@code np.int32}, {@code np.uint8}, {@code np.bool_}): usable as {@code dtype=} and comparable with
 * dtypes; calling one converts a number (the result is a Python number: Torchlet has no NumPy scalars,
 * so {@code np.float32(0.1)} prints as the double it holds).
 */
final class NumpyScalarType extends PyObject {
    private static final NumpyScalarType[] ALL = new NumpyScalarType[DType.values().length];
    private final DType dtype;

    private NumpyScalarType(DType dtype) {
        this.dtype = dtype;
    }

    static NumpyScalarType of(DType dtype) {
        NumpyScalarType t = ALL[dtype.ordinal()];
        if (t == null) {
            t = new NumpyScalarType(dtype);
            ALL[dtype.ordinal()] = t;
        }
        return t;
    }

    DType dtype() {
        return dtype;
    }

    @Override
    public String typeName() {
        return "type";
    }

    @Override
    public String repr() {
        return "<class 'numpy." + (dtype == DType.BOOL ? "bool_" : NumpyDType.name(dtype)) + "'>";
    }

    @Override
    public long hash() {
        return NumpyDType.name(dtype).hashCode();
    }

    @Override
    public PyObject compare(String op, PyObject other) {
        if (op.equals("==") || op.equals("!=")) {
            boolean equal = other == this || (other instanceof NumpyDType d && d.dtype() == dtype);
            return PyBool.of(op.equals("==") == equal);
        }
        return null;
    }

    @Override
    public PyObject call(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords(repr(), kwargs);
        if (args.size() > 1) {
            throw PythonException.of("TypeError", "function takes at most 1 argument (" + args.size() + " given)");
        }
        if (args.isEmpty()) {
            return ArrayScalars.box(0, dtype);
        }
        PyObject value = args.get(0);
        if (value instanceof PyNdArray a) {
            return a.astype(dtype);
        }
        if (dtype == DType.BOOL) {
            return PyBool.of(value.isTruthy());
        }
        if (dtype.isFloatingPoint()) {
            double d = Conversions.toDouble(value);
            if (dtype == DType.FLOAT32) {
                return PyNdArray.float32Scalar(dev.torchlet.engine.Torch.full(new long[0],
                        dev.torchlet.engine.Scalar.of((double) Float32.round(d)), DType.FLOAT32));
            }
            return new PyFloat(d);
        }
        return ArrayScalars.box(value instanceof PyInt i ? i.value() : (double) (long) Conversions.toDouble(value), dtype);
    }
}
