package dev.torchlet.python.runtime;

import java.util.List;
import java.util.Map;

/** Reading Python values as Java numbers for native functions, with CPython's TypeErrors. */
public final class Conversions {
    private Conversions() {
    }

    /** Calls {@code x.name()} when x has such a method (a user class's {@code __int__}), else null. */
    static PyObject callDunder(PyObject x, String name) {
        PyObject method;
        try {
            method = x.getAttribute(name);
        } catch (PythonException e) {
            if (!e.typeName().equals("AttributeError")) {
                throw e;
            }
            return null;
        }
        return method.call(List.of(), Map.of());
    }

    /** An index argument ({@code list.pop(i)}, {@code range}...): an int or bool, never a float. */
    public static long index(PyObject x) {
        if (x instanceof PyInt i) {
            if (i.isBig()) {
                throw PythonException.of("IndexError", "cannot fit 'int' into an index-sized integer");
            }
            return i.value();
        }
        PyObject converted = callDunder(x, "__index__");
        if (converted instanceof PyInt i) {
            return i.value();
        }
        throw PythonException.of("TypeError", "'" + x.typeName() + "' object cannot be interpreted as an integer");
    }

    /** A real number as a double ({@code math.sqrt(x)}): int, bool or float, else CPython's TypeError. */
    public static double toDouble(PyObject x) {
        if (x instanceof PyFloat f) {
            return f.value();
        }
        if (x instanceof PyInt i) {
            return i.toDouble();
        }
        PyObject converted = callDunder(x, "__float__");
        if (converted instanceof PyFloat f) {
            return f.value();
        }
        throw PythonException.of("TypeError", "must be real number, not " + x.typeName());
    }

    /** True for int, bool and float. */
    public static boolean isNumber(PyObject x) {
        return x instanceof PyInt || x instanceof PyFloat;
    }
}
