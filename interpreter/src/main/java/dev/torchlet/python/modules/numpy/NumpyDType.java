package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;

/**
 * A NumPy {@code dtype} object ({@code a.dtype}): prints {@code float64}, reprs {@code dtype('float64')},
 * and equals its scalar type ({@code np.float64}), its name ({@code 'float64'}) and another dtype of the
 * same kind. Torchlet's arrays hold the engine's six element types.
 */
final class NumpyDType extends PyObject {
    private static final NumpyDType[] ALL = new NumpyDType[DType.values().length];
    private final DType dtype;

    private NumpyDType(DType dtype) {
        this.dtype = dtype;
    }

    static NumpyDType of(DType dtype) {
        NumpyDType d = ALL[dtype.ordinal()];
        if (d == null) {
            d = new NumpyDType(dtype);
            ALL[dtype.ordinal()] = d;
        }
        return d;
    }

    DType dtype() {
        return dtype;
    }

    /** NumPy's name, which is PyTorch's name for these six types. */
    static String name(DType dtype) {
        return dtype.pytorchName();
    }

    /**
     * The engine type a {@code dtype=} argument names: a dtype, a scalar type ({@code np.float32}), a
     * string ({@code 'float32'}, {@code 'f4'}), or Python's {@code float}/{@code int}/{@code bool};
     * None means {@code fallback}. Other NumPy types raise a clear error.
     */
    static DType parse(PyObject value, DType fallback) {
        if (value == null || value == PyNone.NONE) {
            return fallback;
        }
        if (value instanceof NumpyDType d) {
            return d.dtype;
        }
        if (value instanceof NumpyScalarType s) {
            return s.dtype();
        }
        if (value instanceof PyType t && t.isBuiltin()) {
            switch (t.name()) {
                case "float" -> {
                    return DType.FLOAT64;
                }
                case "int" -> {
                    return DType.INT64;
                }
                case "bool" -> {
                    return DType.BOOL;
                }
                default -> {
                }
            }
        }
        if (value instanceof PyStr s) {
            DType named = named(s.value());
            if (named != null) {
                return named;
            }
            throw PythonException.of("TypeError", "data type '" + s.value() + "' not understood");
        }
        throw PythonException.of("NotImplementedError", "Torchlet's numpy arrays hold float64, float32, int64, int32, uint8 "
                + "and bool only; dtype " + value.repr() + " is not supported");
    }

    private static DType named(String name) {
        return switch (name) {
            case "float64", "float", "f8", "double", "d" -> DType.FLOAT64;
            case "float32", "f4", "single", "f" -> DType.FLOAT32;
            case "int64", "int", "i8", "long", "l" -> DType.INT64;
            case "int32", "i4", "intc", "i" -> DType.INT32;
            case "uint8", "u1", "ubyte", "B" -> DType.UINT8;
            case "bool", "?", "bool_" -> DType.BOOL;
            default -> null;
        };
    }

    @Override
    public String typeName() {
        return "dtype[" + name(dtype) + "]";
    }

    @Override
    public String repr() {
        return "dtype('" + name(dtype) + "')";
    }

    @Override
    public String str() {
        return name(dtype);
    }

    @Override
    public long hash() {
        return name(dtype).hashCode();
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "name" -> new PyStr(name(dtype));
            case "itemsize" -> PyInt.of(dtype.itemSize());
            case "kind" -> new PyStr(dtype == DType.BOOL ? "b" : dtype == DType.UINT8 ? "u" : dtype.isFloatingPoint() ? "f" : "i");
            case "type" -> NumpyScalarType.of(dtype);
            default -> super.getAttribute(name);
        };
    }

    @Override
    public PyObject compare(String op, PyObject other) {
        if (!op.equals("==") && !op.equals("!=")) {
            return null;
        }
        DType theirs;
        try {
            theirs = other instanceof PyStr s ? named(s.value()) : parse(other, null);
        } catch (PythonException e) {
            theirs = null;
        }
        boolean equal = theirs == dtype;
        return PyBool.of(op.equals("==") == equal);
    }
}
