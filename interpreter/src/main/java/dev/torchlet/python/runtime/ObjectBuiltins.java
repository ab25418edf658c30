package dev.torchlet.python.runtime;

import java.util.Map;

/** Builtins about any value: hash, id, callable, format (getattr and friends live in vm.LanguageBuiltins). */
final class ObjectBuiltins {
    private ObjectBuiltins() {
    }

    static void install(Map<String, PyObject> builtins) {
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
    }
}
