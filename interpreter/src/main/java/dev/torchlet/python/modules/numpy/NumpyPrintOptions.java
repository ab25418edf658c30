package dev.torchlet.python.modules.numpy;

import dev.torchlet.python.runtime.Conversions;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyDict;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;

/**
 * {@code np.set_printoptions(precision=, threshold=, edgeitems=, linewidth=, suppress=)} and
 * {@code np.get_printoptions()}: NumPy's defaults 8, 1000, 3, 75, False, restored when a program
 * imports numpy (the module is created afresh).
 */
final class NumpyPrintOptions {
    static int precision = 8;
    static int threshold = 1000;
    static int edgeItems = 3;
    static int lineWidth = 75;
    static boolean suppress;

    private NumpyPrintOptions() {
    }

    static void reset() {
        precision = 8;
        threshold = 1000;
        edgeItems = 3;
        lineWidth = 75;
        suppress = false;
    }

    static void define(PyModule m) {
        reset();
        m.define("set_printoptions", new NativeFunction("set_printoptions", (args, kwargs) -> {
            NumpyArguments a = NumpyArguments.bind("set_printoptions", args, kwargs, "precision", "threshold", "edgeitems",
                    "linewidth", "suppress");
            for (String other : kwargs.keySet()) {
                if (!other.equals("precision") && !other.equals("threshold") && !other.equals("edgeitems")
                        && !other.equals("linewidth") && !other.equals("suppress")) {
                    throw PythonException.of("NotImplementedError", "np.set_printoptions(" + other + "=...) is not supported by Torchlet");
                }
            }
            if (a.given("precision")) {
                precision = (int) nonNegative(a.get("precision", PyNone.NONE), "precision");
            }
            if (a.given("threshold")) {
                threshold = (int) Math.min(Integer.MAX_VALUE, nonNegative(a.get("threshold", PyNone.NONE), "threshold"));
            }
            if (a.given("edgeitems")) {
                edgeItems = (int) nonNegative(a.get("edgeitems", PyNone.NONE), "edgeitems");
            }
            if (a.given("linewidth")) {
                lineWidth = (int) nonNegative(a.get("linewidth", PyNone.NONE), "linewidth");
            }
            if (a.given("suppress")) {
                suppress = a.get("suppress", PyBool.FALSE).isTruthy();
            }
            return PyNone.NONE;
        }));
        m.define("get_printoptions", new NativeFunction("get_printoptions", (args, kwargs) -> {
            PyDict options = new PyDict();
            options.put(new PyStr("edgeitems"), PyInt.of(edgeItems));
            options.put(new PyStr("threshold"), PyInt.of(threshold));
            options.put(new PyStr("precision"), PyInt.of(precision));
            options.put(new PyStr("linewidth"), PyInt.of(lineWidth));
            options.put(new PyStr("suppress"), PyBool.of(suppress));
            return options;
        }));
    }

    private static long nonNegative(PyObject value, String name) {
        long v = Conversions.index(value);
        if (v < 0) {
            throw PythonException.of("ValueError", name + " must be >= 0");
        }
        return v;
    }
}
