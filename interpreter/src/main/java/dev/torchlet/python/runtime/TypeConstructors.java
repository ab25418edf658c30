package dev.torchlet.python.runtime;

import java.util.Map;

/**
 * {@code int float bool list tuple dict set frozenset} as callables. Each delegates to the type's
 * static {@code construct} method, which a type object can call as its constructor instead.
 */
final class TypeConstructors {
    private TypeConstructors() {
    }

    static void install(Map<String, PyObject> builtins) {
        NumericBuiltins.define(builtins, "int", PyInt::construct);
        NumericBuiltins.define(builtins, "float", PyFloat::construct);
        NumericBuiltins.define(builtins, "bool", PyBool::construct);
        NumericBuiltins.define(builtins, "list", PySequence::constructList);
        NumericBuiltins.define(builtins, "tuple", PySequence::constructTuple);
        NumericBuiltins.define(builtins, "dict", PyDict::construct);
        NumericBuiltins.define(builtins, "set", (args, kwargs) -> PySet.construct(false, args, kwargs));
        NumericBuiltins.define(builtins, "frozenset", (args, kwargs) -> PySet.construct(true, args, kwargs));
    }
}
