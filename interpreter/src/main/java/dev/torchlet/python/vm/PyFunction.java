package dev.torchlet.python.vm;

import dev.torchlet.python.compiler.CodeObject;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A function defined in Python: its code and default values. The VM runs it in a new frame. */
final class PyFunction extends PyObject {
    private final CodeObject code;
    private final List<PyObject> defaults;

    PyFunction(CodeObject code, List<PyObject> defaults) {
        this.code = code;
        this.defaults = List.copyOf(defaults);
    }

    CodeObject code() {
        return code;
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public String repr() {
        return "<function " + code.name() + ">";
    }

    /** A call from native code (the VM's own calls push a frame instead): runs to the function's return. */
    @Override
    public PyObject call(List<PyObject> args, Map<String, PyObject> kwargs) {
        return Execution.callFromNative(this, args, kwargs);
    }

    /** Binds call arguments to parameters, with CPython's errors for missing, extra or repeated ones. */
    Map<String, PyObject> bind(List<PyObject> args, Map<String, PyObject> kwargs) {
        List<String> parameters = code.parameters();
        String name = code.name();
        if (args.size() > parameters.size()) {
            throw PythonException.of("TypeError", name + "() takes " + parameters.size() + " positional argument"
                    + (parameters.size() == 1 ? "" : "s") + " but " + args.size() + (args.size() == 1 ? " was" : " were") + " given");
        }
        Map<String, PyObject> locals = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            locals.put(parameters.get(i), args.get(i));
        }
        for (Map.Entry<String, PyObject> keyword : kwargs.entrySet()) {
            if (!parameters.contains(keyword.getKey())) {
                throw PythonException.of("TypeError", name + "() got an unexpected keyword argument '" + keyword.getKey() + "'");
            }
            if (locals.containsKey(keyword.getKey())) {
                throw PythonException.of("TypeError", name + "() got multiple values for argument '" + keyword.getKey() + "'");
            }
            locals.put(keyword.getKey(), keyword.getValue());
        }
        int firstDefault = parameters.size() - defaults.size();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            String parameter = parameters.get(i);
            if (!locals.containsKey(parameter)) {
                if (i >= firstDefault) {
                    locals.put(parameter, defaults.get(i - firstDefault));
                } else {
                    missing.add("'" + parameter + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            // CPython lists them as 'a', 'b' and 'c'.
            String last = missing.remove(missing.size() - 1);
            String names = missing.isEmpty() ? last : String.join(", ", missing) + " and " + last;
            int count = missing.size() + 1;
            throw PythonException.of("TypeError", name + "() missing " + count + " required positional argument"
                    + (count == 1 ? "" : "s") + ": " + names);
        }
        return locals;
    }
}
