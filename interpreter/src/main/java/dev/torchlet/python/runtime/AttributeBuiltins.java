package dev.torchlet.python.runtime;

import java.util.Map;

/** {@code getattr}, {@code setattr}, {@code hasattr} on any value's attribute protocol, and {@code slice}. */
final class AttributeBuiltins {
    private AttributeBuiltins() {
    }

    static void install(Map<String, PyObject> builtins) {
        NumericBuiltins.define(builtins, "getattr", (args, kwargs) -> {
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
        NumericBuiltins.define(builtins, "hasattr", (args, kwargs) -> {
            NumericBuiltins.exactly("hasattr", args, kwargs, 2);
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
        NumericBuiltins.define(builtins, "setattr", (args, kwargs) -> {
            NumericBuiltins.exactly("setattr", args, kwargs, 3);
            args.get(0).setAttribute(attributeName("setattr", args.get(1)), args.get(2));
            return PyNone.NONE;
        });
        NumericBuiltins.define(builtins, "slice", (args, kwargs) -> {
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
