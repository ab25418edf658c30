package dev.torchlet.python.vm;

import dev.torchlet.python.runtime.Descriptors;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyType;
import java.util.List;
import java.util.Map;

/** Turns a class body's namespace into a class, and tells its methods which class they belong to (for super()). */
final class ClassCreation {
    private ClassCreation() {
    }

    static PyType create(String name, List<PyType> bases, Map<String, PyObject> namespace) {
        PyType type = PyType.define(name, bases, namespace);
        for (PyObject value : namespace.values()) {
            for (PyObject function : Descriptors.wrappedFunctions(value)) {
                if (function instanceof PyFunction f) {
                    f.setOwnerClass(type);
                }
            }
        }
        return type;
    }
}
