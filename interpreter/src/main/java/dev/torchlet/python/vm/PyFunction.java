package dev.torchlet.python.vm;

import dev.torchlet.python.compiler.CodeObject;
import dev.torchlet.python.runtime.PyBoundMethod;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A function defined in Python (def, lambda, comprehension): its code, defaults, the scopes it
 * closes over and its module's globals. The VM runs it in a new frame; Java code calling it
 * ({@link #call}) runs it to completion in a nested run of the current execution.
 */
public final class PyFunction extends PyObject {
    private final CodeObject code;
    private final List<PyObject> defaults;
    private final Map<String, PyObject> keywordDefaults;
    private final List<Map<String, PyObject>> closure;
    private final Map<String, PyObject> globals;
    private final Map<String, PyObject> attributes = new LinkedHashMap<>();
    /** The class whose body defined this function (for zero-argument super()), or null. */
    private PyType ownerClass;

    PyFunction(CodeObject code, List<PyObject> defaults, Map<String, PyObject> keywordDefaults,
               List<Map<String, PyObject>> closure, Map<String, PyObject> globals) {
        this.code = code;
        this.defaults = List.copyOf(defaults);
        this.keywordDefaults = keywordDefaults;
        this.closure = closure;
        this.globals = globals;
    }

    CodeObject code() {
        return code;
    }

    List<Map<String, PyObject>> closure() {
        return closure;
    }

    Map<String, PyObject> globals() {
        return globals;
    }

    PyType ownerClass() {
        return ownerClass;
    }

    void setOwnerClass(PyType owner) {
        ownerClass = owner;
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public String repr() {
        return "<function " + code.name() + ">";
    }

    @Override
    public PyObject bindTo(PyObject instance, PyType owner) {
        return instance == null ? this : new PyBoundMethod(instance, this, code.name());
    }

    @Override
    public PyObject call(List<PyObject> args, Map<String, PyObject> kwargs) {
        return Execution.current().callFromJava(this, args, kwargs);
    }

    @Override
    public PyObject getAttribute(String name) {
        PyObject value = attributes.get(name);
        if (value != null) {
            return value;
        }
        return switch (name) {
            case "__name__" -> new PyStr(code.name());
            case "__qualname__" -> new PyStr(code.qualname());
            case "__module__" -> new PyStr("__main__");
            case "__doc__" -> dev.torchlet.python.runtime.PyNone.NONE;
            default -> super.getAttribute(name);
        };
    }

    @Override
    public void setAttribute(String name, PyObject value) {
        attributes.put(name, value);
    }

    /** Binds call arguments to parameters, with CPython's errors for missing, extra or repeated ones. */
    Map<String, PyObject> bind(List<PyObject> args, Map<String, PyObject> kwargs) {
        // CPython names the function by its __qualname__ in these errors (A.__init__() missing 1 required …).
        return ArgumentBinding.bind(getAttribute("__qualname__").str(), code.signature(), defaults, keywordDefaults, args, kwargs);
    }
}
