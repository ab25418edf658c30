package dev.torchlet.python.runtime;

import java.util.Map;

/**
 * {@code int float bool list tuple dict set frozenset slice} as callables. Each delegates to the type's
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
        NumericBuiltins.define(builtins, "slice", (args, kwargs) -> {
            ArgumentCheck.range("slice", args, kwargs, 1, 3);
            return switch (args.size()) {
                case 1 -> new PySlice(PyNone.NONE, args.get(0), PyNone.NONE);
                case 2 -> new PySlice(args.get(0), args.get(1), PyNone.NONE);
                default -> new PySlice(args.get(0), args.get(1), args.get(2));
            };
        });
    }
}
