package dev.torchlet.python.runtime;

import java.util.List;
import java.util.Map;

/** Argument-count checks for native methods, with CPython's messages. */
final class ArgumentCheck {
    private ArgumentCheck() {
    }

    /** {@code name expected at least/most N argument(s), got M}; no keywords. */
    static void range(String name, List<PyObject> args, Map<String, PyObject> kwargs, int min, int max) {
        noKeywords(name, kwargs);
        if (args.size() < min) {
            throw PythonException.of("TypeError", name + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                    + ", got " + args.size());
        }
        if (args.size() > max) {
            throw PythonException.of("TypeError", name + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + args.size());
        }
    }

    /** {@code name() takes exactly one argument (N given)}. */
    static PyObject one(String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        noKeywords(name, kwargs);
        if (args.size() != 1) {
            throw PythonException.of("TypeError", name + "() takes exactly one argument (" + args.size() + " given)");
        }
        return args.get(0);
    }

    /** {@code name() takes no arguments (N given)}. */
    static void none(String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        noKeywords(name, kwargs);
        if (!args.isEmpty()) {
            throw PythonException.of("TypeError", name + "() takes no arguments (" + args.size() + " given)");
        }
    }

    static void noKeywords(String name, Map<String, PyObject> kwargs) {
        if (!kwargs.isEmpty()) {
            throw PythonException.of("TypeError", name + "() takes no keyword arguments");
        }
    }
}
