package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Extrema;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.python.runtime.Conversions;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code np.argsort} / {@code a.argsort()} (a stable sort: NumPy's default introsort agrees except
 * on the order of equal values in runs longer than 16) and {@code np.unique} (sorted distinct values,
 * optionally with {@code return_counts}).
 */
final class ArrayOrdering {
    private ArrayOrdering() {
    }

    static void define(PyModule m) {
        m.define("argsort", new NativeFunction("argsort", (args, kwargs) -> {
            if (args.isEmpty()) {
                throw PythonException.of("TypeError", "argsort() missing 1 required positional argument: 'a'");
            }
            return argsort(NumpyFunctions.asArray(args.get(0)).tensor(), args.subList(1, args.size()), kwargs);
        }));
        m.define("unique", new NativeFunction("unique", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("unique", args, kwargs, "ar", "return_index", "return_inverse", "return_counts");
            if (a.get("return_index", PyBool.FALSE).isTruthy() || a.get("return_inverse", PyBool.FALSE).isTruthy()) {
                throw PythonException.of("NotImplementedError", "numpy.unique(return_index=, return_inverse=) is not supported by Torchlet");
            }
            return unique(NumpyFunctions.asArray(a.get("ar", PyNone.NONE)).tensor(), a.get("return_counts", PyBool.FALSE).isTruthy());
        }));
    }

    static PyObject method(PyNdArray self, String name) {
        return name.equals("argsort") ? new NativeFunction(name, (args, kwargs) -> argsort(self.tensor(), args, kwargs)) : null;
    }

    private static PyObject argsort(Tensor t, List<PyObject> args, Map<String, PyObject> kwargs) {
        NumpyArguments a = NumpyArguments.bind("argsort", args, kwargs, "axis", "kind");
        PyObject axisArg = a.get("axis", PyInt.of(-1));
        if (axisArg == PyNone.NONE) {
            return new PyNdArray(Extrema.argsort(t.reshape(t.numel()), 0, false));
        }
        long axis = Conversions.index(axisArg);
        if (t.dim() == 0 || axis < -t.dim() || axis >= t.dim()) {
            throw PythonException.of("IndexError", "axis " + axis + " is out of bounds for array of dimension " + t.dim());
        }
        return new PyNdArray(Extrema.argsort(t, (int) (axis < 0 ? axis + t.dim() : axis), false));
    }

    private static PyObject unique(Tensor t, boolean counts) {
        Tensor sorted = Extrema.sort(t.reshape(t.numel()), 0, false).values();
        List<Double> values = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        for (long i = 0; i < sorted.numel(); i++) {
            double v = sorted.dtype().isFloatingPoint() ? sorted.doubleAt(i) : sorted.longAt(i);
            boolean same = !values.isEmpty() && (values.get(values.size() - 1) == v);
            if (same) {
                sizes.set(sizes.size() - 1, sizes.get(sizes.size() - 1) + 1);
            } else {
                values.add(v);
                sizes.add(1.0);
            }
        }
        PyNdArray distinct = new PyNdArray(TensorValues.create(unboxed(values), new long[] {values.size()}, t.dtype()));
        if (!counts) {
            return distinct;
        }
        PyNdArray howMany = new PyNdArray(TensorValues.create(unboxed(sizes), new long[] {sizes.size()}, DType.INT64));
        return PySequence.tuple(List.of(distinct, howMany));
    }

    private static double[] unboxed(List<Double> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
