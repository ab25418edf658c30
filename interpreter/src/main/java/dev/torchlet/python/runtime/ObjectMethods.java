package dev.torchlet.python.runtime;

import java.util.List;
import java.util.Map;

/** The methods of {@code object}, the root class: what a class without its own gets (and what super() reaches). */
final class ObjectMethods {
    private static final NativeMethod INIT = new NativeMethod("__init__", ObjectMethods::init);
    private static final NativeMethod SETATTR = new NativeMethod("__setattr__", (args, kwargs) -> {
        if (args.size() != 3 || !(args.get(1) instanceof PyStr name)) {
            throw PythonException.of("TypeError", "__setattr__ expected 2 arguments: name (str) and value");
        }
        if (!(args.get(0) instanceof PyInstance instance)) {
            throw PythonException.of("TypeError", "can't apply object.__setattr__ to '" + args.get(0).typeName() + "'");
        }
        instance.setDirectly(name.value(), args.get(2));
        return PyNone.NONE;
    });
    /** {@code object.__new__(cls)}: a bare instance, {@code __init__} not run (copy.copy uses it). */
    private static final NativeMethod NEW = new NativeMethod("__new__", (args, kwargs) -> {
        if (args.isEmpty() || !(args.get(0) instanceof PyType cls)) {
            throw PythonException.of("TypeError", "object.__new__(X): X is not a type object");
        }
        return cls.allocate();
    });
    private static final NativeMethod REPR = new NativeMethod("__repr__", (args, kwargs) -> new PyStr(defaultRepr(args.get(0))));

    private ObjectMethods() {
    }

    static void install(PyType object) {
        object.namespace().put("__init__", INIT);
        object.namespace().put("__new__", NEW);
        object.namespace().put("__setattr__", SETATTR);
        object.namespace().put("__repr__", REPR);
        object.namespace().put("__str__", REPR);
    }

    /** Whether {@code method} is object's own (so a class did not customise that protocol). */
    static boolean isDefault(PyObject method) {
        return method == INIT || method == SETATTR || method == REPR;
    }

    static String defaultRepr(PyObject instance) {
        String module = instance.type().module().isEmpty() ? "" : instance.type().module() + ".";
        String address = Integer.toHexString(System.identityHashCode(instance));
        return "<" + module + instance.typeName() + " object at 0x" + "0".repeat(Math.max(0, 12 - address.length())) + address + ">";
    }

    /** object.__init__ takes no arguments beyond the instance, with CPython's two wordings. */
    private static PyObject init(List<PyObject> args, Map<String, PyObject> kwargs) {
        if (args.size() > 1 || !kwargs.isEmpty()) {
            PyType type = args.get(0).type();
            if (type.lookup("__init__") == INIT) {
                throw PythonException.of("TypeError", type.name() + "() takes no arguments");
            }
            throw PythonException.of("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)");
        }
        return PyNone.NONE;
    }
}
