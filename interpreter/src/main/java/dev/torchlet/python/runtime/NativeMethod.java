package dev.torchlet.python.runtime;

import java.util.List;
import java.util.Map;

/** A method written in Java that lives in a class namespace; the instance comes as the first argument. */
public final class NativeMethod extends PyObject {
    private final String name;
    private final NativeFunction.Body body;

    public NativeMethod(String name, NativeFunction.Body body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public String typeName() {
        return "method_descriptor";
    }

    @Override
    public String repr() {
        return "<method '" + name + "'>";
    }

    @Override
    public PyObject call(List<PyObject> args, Map<String, PyObject> kwargs) {
        return body.call(args, kwargs);
    }

    @Override
    public PyObject bindTo(PyObject instance, PyType owner) {
        return instance == null ? this : new PyBoundMethod(instance, this, name);
    }
}
