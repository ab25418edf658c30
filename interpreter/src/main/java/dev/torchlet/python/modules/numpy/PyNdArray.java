package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Tensor;
import dev.torchlet.python.runtime.PyIterator;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code numpy.ndarray}: an engine tensor seen through NumPy's rules. The tensor's storage is the
 * array's memory, so {@code torch.from_numpy(a)} and {@code t.numpy()} share it both ways, and basic
 * indexing, {@code reshape} and {@code .T} return views.
 */
public final class PyNdArray extends PyObject {
    static final PyType TYPE = PyType.nativeClass("ndarray", "numpy", PyType.OBJECT);
    private final Tensor tensor;
    /** An {@code np.float32} scalar: a 0-d array that prints, and names its type, as NumPy's scalar does. */
    private final boolean scalar;

    PyNdArray(Tensor tensor) {
        this(tensor, false);
    }

    private PyNdArray(Tensor tensor, boolean scalar) {
        this.tensor = tensor;
        this.scalar = scalar;
    }

    /** NumPy's float32 scalar holding a 0-d float32 tensor's value (Python has no float32 number to give). */
    static PyNdArray float32Scalar(Tensor zeroDim) {
        return new PyNdArray(zeroDim, true);
    }

    public Tensor tensor() {
        return tensor;
    }

    /**
     * An operation's result: an array, or NumPy's scalar when it is 0-d (a Python number, or for
     * float32 a {@link #float32Scalar}, which prints float32's shortest digits).
     */
    static PyObject wrapResult(Tensor t) {
        if (t.dim() != 0) {
            return new PyNdArray(t);
        }
        return t.dtype() == DType.FLOAT32 ? float32Scalar(t) : ArrayScalars.item(t);
    }

    PyObject astype(DType dtype) {
        return new PyNdArray(tensor.dtype() == dtype ? tensor.clone() : tensor.to(dtype));
    }

    @Override
    public String typeName() {
        return scalar ? "numpy.float32" : "numpy.ndarray";
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return scalar ? ArrayPrinter.scalarStr(tensor) : ArrayPrinter.repr(tensor);
    }

    @Override
    public String str() {
        return ArrayPrinter.str(tensor);
    }

    @Override
    public String format(String spec) {
        if (tensor.dim() == 0) {
            return dev.torchlet.python.runtime.Formatter.format(ArrayScalars.item(tensor), spec);
        }
        return super.format(spec);
    }

    @Override
    public PyObject getAttribute(String name) {
        PyObject value = ArrayMethods.attribute(this, name);
        if (value == null) {
            throw PythonException.of("AttributeError", "'" + typeName() + "' object has no attribute '" + name
                    + "' (Torchlet's ndarray has a subset of NumPy's; see interpreter/README.md)");
        }
        return value;
    }

    @Override
    public void setAttribute(String name, PyObject value) {
        if (name.equals("shape") || name.equals("dtype")) {
            throw PythonException.of("NotImplementedError", "assigning a." + name + " is not supported by Torchlet; use a = a."
                    + (name.equals("shape") ? "reshape(...)" : "astype(...)"));
        }
        super.setAttribute(name, value);
    }

    @Override
    public PyObject binaryOp(String op, PyObject other) {
        return ArrayOperators.binary(tensor, op, other, false);
    }

    @Override
    public PyObject reflectedBinaryOp(String op, PyObject other) {
        return ArrayOperators.binary(tensor, op, other, true);
    }

    @Override
    public PyObject inplaceOp(String op, PyObject other) {
        return ArrayOperators.inplace(this, op, other);
    }

    @Override
    public PyObject compare(String op, PyObject other) {
        return ArrayOperators.compare(tensor, op, other);
    }

    @Override
    public PyObject unaryOp(String op) {
        return switch (op) {
            case "-" -> {
                if (tensor.dtype() == DType.BOOL) {
                    throw PythonException.of("TypeError", "The numpy boolean negative, the `-` operator, is not supported, "
                            + "use the `~` operator or the logical_not function instead.");
                }
                yield wrapResult(tensor.neg());
            }
            case "+" -> wrapResult(tensor.clone());
            case "~" -> wrapResult(tensor.dtype() == DType.BOOL ? dev.torchlet.engine.Comparisons.logicalNot(tensor)
                    : dev.torchlet.engine.Comparisons.bitwiseNot(tensor));
            default -> super.unaryOp(op);
        };
    }

    @Override
    public boolean isTruthy() {
        if (tensor.numel() != 1) {
            throw PythonException.of("ValueError", "The truth value of an array with more than one element is ambiguous. "
                    + "Use a.any() or a.all()");
        }
        return tensor.itemAsDouble() != 0;
    }

    @Override
    public long length() {
        if (scalar) {
            throw PythonException.of("TypeError", "object of type 'numpy.float32' has no len()");
        }
        if (tensor.dim() == 0) {
            throw PythonException.of("TypeError", "len() of unsized object");
        }
        return tensor.size(0);
    }

    @Override
    public PyIterator iterate() {
        if (tensor.dim() == 0) {
            throw PythonException.of("TypeError", "iteration over a 0-d array");
        }
        List<PyObject> rows = new ArrayList<>();
        for (long i = 0; i < tensor.size(0); i++) {
            rows.add(wrapResult(tensor.select(0, i)));
        }
        return new PyIterator(rows.iterator());
    }

    /** {@code x in a}: {@code (a == x).any()}, as NumPy. */
    @Override
    public boolean contains(PyObject item) {
        PyObject equal = compare("==", item);
        if (equal instanceof PyNdArray e) {
            return dev.torchlet.engine.Statistics.any(e.tensor(), null, false).itemAsLong() != 0;
        }
        return equal != null && equal.isTruthy();
    }

    @Override
    public PyObject getItem(PyObject key) {
        return NumpyIndexing.get(tensor, key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        NumpyIndexing.set(tensor, key, value);
    }

    @Override
    public long hash() {
        if (scalar) {
            return new dev.torchlet.python.runtime.PyFloat(tensor.itemAsDouble()).hash();
        }
        throw PythonException.of("TypeError", "unhashable type: 'numpy.ndarray'");
    }
}
