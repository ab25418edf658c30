package dev.torchlet.python.runtime;

import java.util.List;
import java.util.Map;

/** A function written in Java: {@code print}, {@code torch.ones}, a bound tensor method. */
public final class NativeFunction extends PyObject {
    /** The Java body: positional arguments and keyword arguments (insertion-ordered). */
    @FunctionalInterface
    public interface Body {
        PyObject call(List<PyObject> args, Map<String, PyObject> kwargs);
    }

    private final String name;
    private final Body body;

    public NativeFunction(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public String typeName() {
        return "builtin_function_or_method";
    }

    @Override
    public String repr() {
        return "<built-in function " + name + ">";
    }

    @Override
    public PyObject call(List<PyObject> args, Map<String, PyObject> kwargs) {
        return body.call(args, kwargs);
    }

    /** Puts a native function named {@code name} into a namespace (the builtins, a module's table). */
    public static void install(Map<String, PyObject> namespace, String name, Body body) {
        namespace.put(name, new NativeFunction(name, body));
    }

    /** Rejects keyword arguments a function does not take, with CPython's message. */
    public static void rejectUnknownKeywords(String function, Map<String, PyObject> kwargs, String... accepted) {
        for (String key : kwargs.keySet()) {
            boolean known = false;
            for (String a : accepted) {
                known |= a.equals(key);
            }
            if (!known) {
                throw PythonException.of("TypeError", function + "() got an unexpected keyword argument '" + key + "'");
            }
        }
    }
}
