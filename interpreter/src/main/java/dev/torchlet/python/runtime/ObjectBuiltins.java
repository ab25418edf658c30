package dev.torchlet.python.runtime;

import java.util.Map;

/** Builtins about any value: getattr, setattr, hasattr, hash, id, callable, format, slice. */
final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    static void install(Map<String, PyObject> builtins) {
        NativeFunction.install(builtins, "getattr", (args, kwargs) -> {
            ArgumentCheck.range("getattr", args, kwargs, 2, 3);
            String name = attributeName("getattr", args.get(1));
            try {
                return args.get(0).getAttribute(name);
            } catch (PythonException e) {
                if (args.size() == 3 && e.typeName().equals("AttributeError")) {
                    return args.get(2);
                }
                throw e;
            }
        });
        NativeFunction.install(builtins, "hasattr", (args, kwargs) -> {
            ArgumentCheck.exactly("hasattr", args, kwargs, 2);
            String name = attributeName("hasattr", args.get(1));
            try {
                args.get(0).getAttribute(name);
                return PyBool.TRUE;
            } catch (PythonException e) {
                if (e.typeName().equals("AttributeError")) {
                    return PyBool.FALSE;
                }
                throw e;
            }
        });
        NativeFunction.install(builtins, "setattr", (args, kwargs) -> {
            ArgumentCheck.exactly("setattr", args, kwargs, 3);
            args.get(0).setAttribute(attributeName("setattr", args.get(1)), args.get(2));
            return PyNone.NONE;
        });
        NativeFunction.install(builtins, "hash", (args, kwargs) -> PyInt.of(ArgumentCheck.one("hash", args, kwargs).hash()));
        NativeFunction.install(builtins, "id", (args, kwargs) -> PyInt.of(0x7f0000000000L + System.identityHashCode(ArgumentCheck.one("id", args, kwargs))));
        NativeFunction.install(builtins, "callable", (args, kwargs) -> PyBool.of(ArgumentCheck.one("callable", args, kwargs).isCallable()));
        NativeFunction.install(builtins, "format", (args, kwargs) -> {
            ArgumentCheck.range("format", args, kwargs, 1, 2);
            PyObject spec = args.size() > 1 ? args.get(1) : new PyStr("");
            if (!(spec instanceof PyStr s)) {
                throw PythonException.of("TypeError", "format() argument 2 must be str, not " + spec.typeName());
            }
            return Formatter.formatValue(args.get(0), s.value());
        });
        NativeFunction.install(builtins, "slice", (args, kwargs) -> {
            ArgumentCheck.range("slice", args, kwargs, 1, 3);
            if (args.size() == 1) {
                return new PySlice(PyNone.NONE, args.get(0), PyNone.NONE);
            }
            return new PySlice(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : PyNone.NONE);
        });
    }

    private static String attributeName(String function, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PythonException.of("TypeError", "attribute name must be string, not '" + name.typeName() + "'");
        }
        return s.value();
    }
}
