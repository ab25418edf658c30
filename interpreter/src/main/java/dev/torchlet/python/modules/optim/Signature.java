package dev.torchlet.python.modules.optim;

import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds a call's arguments to a Python signature's names, with CPython's errors for a constructor. */
final class Signature {
    private final String function;
    private final int required;
    private final int positional;
    private final String[] names;

    /**
     * @param required how many leading names must be given
     * @param positional how many leading names may be given by position (the rest are keyword-only)
     */
    Signature(String function, int required, int positional, String... names) {
        this.function = function;
        this.required = required;
        this.positional = positional;
        this.names = names;
    }

    /** The given arguments by name, in signature order; absent ones are missing from the map. */
    Map<String, PyObject> bind(List<PyObject> args, Map<String, PyObject> kwargs) {
        if (args.size() > positional) {
            throw PythonException.of("TypeError", function + "() takes from " + (required + 1) + " to " + (positional + 1)
                    + " positional arguments but " + (args.size() + 1) + " were given");
        }
        Map<String, PyObject> bound = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            bound.put(names[i], args.get(i));
        }
        for (Map.Entry<String, PyObject> entry : kwargs.entrySet()) {
            if (!List.of(names).contains(entry.getKey())) {
                throw PythonException.of("TypeError", function + "() got an unexpected keyword argument '" + entry.getKey() + "'");
            }
            if (bound.containsKey(entry.getKey())) {
                throw PythonException.of("TypeError", function + "() got multiple values for argument '" + entry.getKey() + "'");
            }
            bound.put(entry.getKey(), entry.getValue());
        }
        for (int i = 0; i < required; i++) {
            if (!bound.containsKey(names[i])) {
                throw PythonException.of("TypeError", function + "() missing 1 required positional argument: '" + names[i] + "'");
            }
        }
        return bound;
    }
}
