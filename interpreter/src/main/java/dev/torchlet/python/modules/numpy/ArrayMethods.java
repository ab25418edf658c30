package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;

/** The attributes and methods of {@code numpy.ndarray}; null for a name Torchlet's arrays do not have. */
final class ArrayMethods {
    private ArrayMethods() {
    }

    static PyObject attribute(PyNdArray self, String name) {
        Tensor t = self.tensor();
        for (String reduction : ArrayReductions.NAMES) {
            if (reduction.equals(name)) {
                return new NativeFunction(name, (args, kwargs) -> ArrayReductions.reduce(name, t, args, kwargs));
            }
        }
        PyObject transform = ArrayTransforms.method(self, name);
        if (transform == null) {
            transform = ArrayOrdering.method(self, name);
        }
        if (transform != null) {
            return transform;
        }
        return switch (name) {
            case "shape" -> shapeTuple(t.shape());
            case "ndim" -> PyInt.of(t.dim());
            case "size" -> PyInt.of(t.numel());
            case "dtype" -> NumpyDType.of(t.dtype());
            case "itemsize" -> PyInt.of(t.dtype().itemSize());
            case "nbytes" -> PyInt.of(t.numel() * t.dtype().itemSize());
            case "T" -> new PyNdArray(transposed(t, null));
            case "reshape" -> new NativeFunction(name, (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords(name, kwargs);
                return new PyNdArray(t.reshape(NumpyShapes.checkedReshape(t.numel(), NumpyShapes.shape(name, args))));
            });
            case "transpose" -> new NativeFunction(name, (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords(name, kwargs);
                return new PyNdArray(transposed(t, args.isEmpty() || (args.size() == 1 && args.get(0) == PyNone.NONE)
                        ? null : NumpyShapes.shape(name, args)));
            });
            case "astype" -> new NativeFunction(name, (args, kwargs) -> {
                NumpyArguments a = NumpyArguments.bind(name, args, kwargs, "dtype");
                return self.astype(NumpyDType.parse(a.get("dtype", PyNone.NONE), t.dtype()));
            });
            case "copy" -> new NativeFunction(name, (args, kwargs) -> new PyNdArray(t.clone()));
            case "flatten" -> new NativeFunction(name, (args, kwargs) -> new PyNdArray(t.clone().reshape(t.numel())));
            case "ravel" -> new NativeFunction(name, (args, kwargs) -> new PyNdArray(t.reshape(t.numel())));
            case "tolist" -> new NativeFunction(name, (args, kwargs) -> ArrayData.toList(t));
            case "item" -> new NativeFunction(name, (args, kwargs) -> {
                if (!args.isEmpty()) {
                    throw PythonException.of("NotImplementedError", "ndarray.item(index) is not supported by Torchlet: use a[index]");
                }
                if (t.numel() != 1) {
                    throw PythonException.of("ValueError", "can only convert an array of size 1 to a Python scalar");
                }
                return ArrayScalars.at(t, 0);
            });
            case "fill" -> new NativeFunction(name, (args, kwargs) -> {
                NumpyTorchBridge.write(t, ArrayData.fromData(NumpyArguments.bind(name, args, kwargs, "value").get("value", PyNone.NONE), t.dtype()));
                return PyNone.NONE;
            });
            case "dot" -> new NativeFunction(name, (args, kwargs) -> NumpyFunctions.dot(self, NumpyArguments.bind(name, args, kwargs, "b").get("b", PyNone.NONE)));
            case "__float__", "__int__", "__index__" -> new NativeFunction(name, (args, kwargs) -> number(t, name));
            default -> null;
        };
    }

    /** {@code float(a)}, {@code int(a)} and {@code a} as an index: size-1 arrays only, with NumPy's TypeErrors. */
    private static PyObject number(Tensor t, String name) {
        if (name.equals("__index__")) {
            if (t.dim() != 0 || t.dtype().isFloatingPoint() || t.dtype() == dev.torchlet.engine.DType.BOOL) {
                throw PythonException.of("TypeError", "only integer scalar arrays can be converted to a scalar index");
            }
            return PyInt.of(t.itemAsLong());
        }
        if (t.numel() != 1) {
            throw PythonException.of("TypeError", "only size-1 arrays can be converted to Python scalars");
        }
        double v = t.dtype().isFloatingPoint() ? t.doubleAt(0) : t.longAt(0);
        if (name.equals("__float__")) {
            return new dev.torchlet.python.runtime.PyFloat(v);
        }
        return t.dtype().isFloatingPoint() ? PyInt.construct(java.util.List.of(new dev.torchlet.python.runtime.PyFloat(v)), java.util.Map.of())
                : PyInt.of(t.longAt(0));
    }

    static PySequence shapeTuple(long[] shape) {
        List<PyObject> items = new ArrayList<>();
        for (long s : shape) {
            items.add(PyInt.of(s));
        }
        return PySequence.tuple(items);
    }

    /** All axes reversed (null), or permuted as {@code axes} says. */
    static Tensor transposed(Tensor t, long[] axes) {
        int[] order = new int[t.dim()];
        if (axes != null && axes.length != order.length) {
            throw PythonException.of("ValueError", "axes don't match array");
        }
        for (int i = 0; i < order.length; i++) {
            order[i] = axes == null ? order.length - 1 - i : (int) axes[i];
        }
        return order.length < 2 ? t : ShapeOps.permute(t, order);
    }
}
