package dev.torchlet.python.modules.numpy;

import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/** One call's arguments bound to a NumPy function's parameter names, positional first, then keywords. */
final class NumpyArguments {
    private final PyObject[] values;
    private final String[] names;

    private NumpyArguments(String[] names) {
        this.names = names;
        this.values = new PyObject[names.length];
    }

    static NumpyArguments bind(String function, List<PyObject> args, Map<String, PyObject> kwargs, String... names) {
        NumpyArguments bound = new NumpyArguments(names);
        if (args.size() > names.length) {
            throw PythonException.of("TypeError", function + "() takes at most " + names.length
                    + " positional arguments (" + args.size() + " given)");
        }
        for (int i = 0; i < args.size(); i++) {
            bound.values[i] = args.get(i);
        }
        for (Map.Entry<String, PyObject> e : kwargs.entrySet()) {
            int at = bound.indexOf(e.getKey());
            if (at < 0) {
                throw PythonException.of("TypeError", function + "() got an unexpected keyword argument '" + e.getKey() + "'");
            }
            if (bound.values[at] != null) {
                throw PythonException.of("TypeError", "argument for " + function + "() given by name ('" + e.getKey()
                        + "') and position (" + (at + 1) + ")");
            }
            bound.values[at] = e.getValue();
        }
        return bound;
    }

    private int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The value passed for {@code name}, or {@code fallback} when it was left out. */
    PyObject get(String name, PyObject fallback) {
        int at = indexOf(name);
        PyObject v = at < 0 ? null : values[at];
        return v == null ? fallback : v;
    }

    /** Whether {@code name} was given as something other than None. */
    boolean given(String name) {
        int at = indexOf(name);
        PyObject v = at < 0 ? null : values[at];
        return v != null && v != PyNone.NONE;
    }
}
