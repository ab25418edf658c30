package dev.torchlet.python.runtime;

import java.util.Map;

/**
 * {@code int float bool list tuple dict set frozenset bytes bytearray slice} as callables. Each delegates to the type's
 * static {@code construct} method, which a type object can call as its constructor instead.
 */
final class TypeConstructors {
    private TypeConstructors() {
    }

    static void install(Map<String, PyObject> builtins) {
        NativeFunction.install(builtins, "int", PyInt::construct);
        NativeFunction.install(builtins, "float", PyFloat::construct);
        NativeFunction.install(builtins, "bool", PyBool::construct);
        NativeFunction.install(builtins, "list", PySequence::constructList);
        NativeFunction.install(builtins, "tuple", PySequence::constructTuple);
        NativeFunction.install(builtins, "dict", PyDict::construct);
        NativeFunction.install(builtins, "set", (args, kwargs) -> PySet.construct(false, args, kwargs));
        NativeFunction.install(builtins, "frozenset", (args, kwargs) -> PySet.construct(true, args, kwargs));
        NativeFunction.install(builtins, "bytes", (args, kwargs) -> PyBytes.construct(false, args, kwargs));
        NativeFunction.install(builtins, "bytearray", (args, kwargs) -> PyBytes.construct(true, args, kwargs));
        // Class-level methods reached on the type: bytes.fromhex(...), bytes.maketrans(...), int.from_bytes(...).
        PyType.builtin("int").namespace().put("from_bytes", new NativeFunction("from_bytes", IntBytes::fromBytes));
        PyType.builtin("bytes").namespace().put("fromhex", new NativeFunction("fromhex", ByteMethods.fromHex(false)));
        PyType.builtin("bytearray").namespace().put("fromhex", new NativeFunction("fromhex", ByteMethods.fromHex(true)));
        for (String type : new String[] {"bytes", "bytearray"}) {
            PyType.builtin(type).namespace().put("maketrans", new NativeFunction("maketrans", ByteMethods::makeTrans));
        }
        NativeFunction.install(builtins, "slice", (args, kwargs) -> {
            ArgumentCheck.range("slice", args, kwargs, 1, 3);
            return switch (args.size()) {
                case 1 -> new PySlice(PyNone.NONE, args.get(0), PyNone.NONE);
                case 2 -> new PySlice(args.get(0), args.get(1), PyNone.NONE);
                default -> new PySlice(args.get(0), args.get(1), args.get(2));
            };
        });
    }
}
