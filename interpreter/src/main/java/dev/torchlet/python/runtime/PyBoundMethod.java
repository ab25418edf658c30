package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code obj.method}: a function with its first argument fixed. */
public final class PyBoundMethod extends PyObject {
    private final PyObject self;
    private final PyObject function;
    private final String name;

    public PyBoundMethod(PyObject self, PyObject function, String name) {
        this.self = self;
        this.function = function;
        this.name = name;
    }

    public PyObject self() {
        return self;
    }

    public PyObject function() {
        return function;
    }

    /** The arguments with the bound instance in front. */
    public List<PyObject> withSelf(List<PyObject> args) {
        List<PyObject> all = new ArrayList<>(args.size() + 1);
        all.add(self);
        all.addAll(args);
        return all;
    }

    @Override
    public String typeName() {
        return "method";
    }

    @Override
    public String repr() {
        return "<bound method " + self.type().name() + "." + name + " of " + self.repr() + ">";
    }

    @Override
    public PyObject call(List<PyObject> args, Map<String, PyObject> kwargs) {
        return function.call(withSelf(args), kwargs);
    }

    @Override
    public PyObject getAttribute(String attribute) {
        return switch (attribute) {
            case "__self__" -> self;
            case "__func__" -> function;
            case "__name__" -> new PyStr(name);
            default -> function.getAttribute(attribute);
        };
    }
}
