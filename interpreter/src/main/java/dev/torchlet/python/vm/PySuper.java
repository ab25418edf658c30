package dev.torchlet.python.vm;

import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;

/** {@code super()}: attribute lookup that starts after a given class in the instance's MRO. */
final class PySuper extends PyObject {
    private final PyType after;
    private final PyObject self;

    PySuper(PyType after, PyObject self) {
        this.after = after;
        this.self = self;
    }

    @Override
    public String typeName() {
        return "super";
    }

    @Override
    public String repr() {
        return "<super: <class '" + after.name() + "'>, <" + self.typeName() + " object>>";
    }

    @Override
    public PyObject getAttribute(String name) {
        PyType start = self instanceof PyType cls ? cls : self.type();
        PyObject value = start.lookupAfter(after, name);
        if (value == null) {
            throw PythonException.of("AttributeError", "'super' object has no attribute '" + name + "'");
        }
        return self instanceof PyType cls ? value.bindTo(null, cls) : value.bindTo(self, start);
    }
}
