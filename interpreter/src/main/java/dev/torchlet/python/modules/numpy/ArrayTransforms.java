package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Extrema;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Scans;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.UnaryOp;
import dev.torchlet.python.runtime.Conversions;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;

/**
 * Functions that reshape or transform one array's values: {@code clip}, {@code cumsum},
 * {@code sort}, {@code round}/{@code around}, {@code expand_dims}, {@code squeeze}, as {@code np.*}
 * functions and (except {@code expand_dims}) as array methods; {@code a.sort()} sorts in place.
 */
final class ArrayTransforms {
    static final String[] METHODS = {"clip", "cumsum", "sort", "round", "squeeze"};

    private ArrayTransforms() {
    }

    static void define(PyModule m) {
        for (String name : new String[] {"clip", "cumsum", "sort", "round", "around", "squeeze"}) {
            m.define(name, new NativeFunction(name, (args, kwargs) -> {
                if (args.isEmpty()) {
                    throw PythonException.of("TypeError", name + "() missing 1 required positional argument: 'a'");
                }
                PyNdArray a = NumpyFunctions.asArray(args.get(0));
                List<PyObject> rest = args.subList(1, args.size());
                return name.equals("sort") ? new PyNdArray(sorted(a.tensor(), rest, kwargs))
                        : apply(a, name.equals("around") ? "round" : name, rest, kwargs);
            }));
        }
        m.define("expand_dims", new NativeFunction("expand_dims", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("expand_dims", args, kwargs, "a", "axis");
            Tensor t = NumpyFunctions.asArray(a.get("a", PyNone.NONE)).tensor();
            long axis = Conversions.index(a.get("axis", PyNone.NONE));
            if (axis < -t.dim() - 1 || axis > t.dim()) {
                throw PythonException.of("IndexError", "axis " + axis + " is out of bounds for array of dimension " + (t.dim() + 1));
            }
            return new PyNdArray(ShapeOps.unsqueeze(t, (int) (axis < 0 ? axis + t.dim() + 1 : axis)));
        }));
    }

    /** The method {@code name} of an array ({@code a.clip(0, 1)}, {@code a.sort()} in place), or null. */
    static PyObject method(PyNdArray self, String name) {
        for (String method : METHODS) {
            if (method.equals(name)) {
                return new NativeFunction(name, (args, kwargs) -> {
                    if (name.equals("sort")) {
                        NumpyTorchBridge.write(self.tensor(), sorted(self.tensor(), args, kwargs));
                        return PyNone.NONE;
                    }
                    return apply(self, name, args, kwargs);
                });
            }
        }
        return null;
    }

    private static PyObject apply(PyNdArray a, String name, List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        Tensor t = a.tensor();
        switch (name) {
            case "clip" -> {
                NumpyArguments b = NumpyArguments.bind(name, args, kwargs, "a_min", "a_max");
                PyObject result = a;
                if (b.given("a_min")) {
                    result = call("maximum", result, b.get("a_min", PyNone.NONE));
                }
                if (b.given("a_max")) {
                    result = call("minimum", result, b.get("a_max", PyNone.NONE));
                }
                if (!b.given("a_min") && !b.given("a_max")) {
                    throw PythonException.of("ValueError", "One of max or min must be given");
                }
                return result;
            }
            case "cumsum" -> {
                NumpyArguments b = NumpyArguments.bind(name, args, kwargs, "axis");
                Tensor source = t.dtype().isFloatingPoint() ? t : t.to(DType.INT64);
                if (!b.given("axis")) {
                    return new PyNdArray(Scans.cumsum(source.reshape(source.numel()), 0));
                }
                return new PyNdArray(Scans.cumsum(source, axis(b.get("axis", PyNone.NONE), t)));
            }
            case "squeeze" -> {
                NumpyArguments b = NumpyArguments.bind(name, args, kwargs, "axis");
                if (!b.given("axis")) {
                    return PyNdArray.wrapResult(ShapeOps.squeeze(t));
                }
                int axis = axis(b.get("axis", PyNone.NONE), t);
                if (t.shape()[axis] != 1) {
                    throw PythonException.of("ValueError", "cannot select an axis to squeeze out which has size not equal to one");
                }
                return PyNdArray.wrapResult(ShapeOps.squeeze(t, axis));
            }
            default -> {
                NumpyArguments b = NumpyArguments.bind(name, args, kwargs, "decimals");
                long decimals = b.given("decimals") ? Conversions.index(b.get("decimals", PyNone.NONE)) : 0;
                return PyNdArray.wrapResult(rounded(t, decimals));
            }
        }
    }

    /** NumPy's {@code around}: {@code rint(x * 10**d) / 10**d} (or {@code rint(x / 10**-d) * 10**-d}). */
    private static Tensor rounded(Tensor t, long decimals) {
        if (!t.dtype().isFloatingPoint()) {
            if (decimals >= 0) {
                return t.clone();
            }
            throw PythonException.of("NotImplementedError", "numpy.round of integers to negative decimals is not supported by Torchlet");
        }
        if (decimals == 0) {
            return t.unary(UnaryOp.ROUND);
        }
        Tensor factor = Torch.full(new long[0], Scalar.of(Math.pow(10, Math.abs(decimals))), t.dtype());
        return decimals > 0 ? t.mul(factor).unary(UnaryOp.ROUND).div(factor) : t.div(factor).unary(UnaryOp.ROUND).mul(factor);
    }

    private static Tensor sorted(Tensor t, List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        NumpyArguments b = NumpyArguments.bind("sort", args, kwargs, "axis", "kind");
        PyObject axisArg = b.get("axis", PyInt.of(-1));
        if (axisArg == PyNone.NONE) {
            return Extrema.sort(t.reshape(t.numel()), 0, false).values();
        }
        if (t.dim() == 0) {
            throw PythonException.of("IndexError", "axis -1 is out of bounds for array of dimension 0");
        }
        return Extrema.sort(t, axis(axisArg, t), false).values();
    }

    private static int axis(PyObject value, Tensor t) {
        long axis = Conversions.index(value);
        if (axis < -t.dim() || axis >= t.dim()) {
            throw PythonException.of("IndexError", "axis " + axis + " is out of bounds for array of dimension " + t.dim());
        }
        return (int) (axis < 0 ? axis + t.dim() : axis);
    }

    private static PyObject call(String function, PyObject x, PyObject y) {
        return NumpyFunctions.extremum(function, x, y);
    }
}
