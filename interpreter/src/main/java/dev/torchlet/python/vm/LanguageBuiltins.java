package dev.torchlet.python.vm;

import dev.torchlet.python.runtime.Descriptors;
import dev.torchlet.python.runtime.ExceptionTypes;
import dev.torchlet.python.runtime.InstanceCheck;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyEllipsis;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyNotImplemented;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/**
 * The builtins that belong to the object model: classes and types ({@code object}, {@code type},
 * {@code isinstance}, {@code super}, {@code property}…), the exception classes, attribute access
 * by name. Built-in constructors registered as functions ({@code int}, {@code list}…) become
 * type objects here, so {@code isinstance(x, int)} works.
 */
public final class LanguageBuiltins {
    /** Names of built-in types, with the base class where it is not object. */
    private static final String[][] TYPE_NAMES = {
        {"int", null}, {"bool", "int"}, {"float", null}, {"complex", null}, {"str", null}, {"bytes", null}, {"bytearray", null},
        {"list", null}, {"tuple", null}, {"dict", null}, {"set", null}, {"frozenset", null}, {"range", null},
        {"slice", null}, {"enumerate", null}, {"zip", null}, {"map", null}, {"filter", null}, {"reversed", null},
    };

    private LanguageBuiltins() {
    }

    public static void install(Map<String, PyObject> builtins) {
        for (String[] entry : TYPE_NAMES) {
            PyObject constructor = builtins.get(entry[0]);
            PyType base = entry[1] == null ? null : PyType.builtin(entry[1]);
            PyType type = PyType.registerBuiltin(entry[0], base,
                    constructor == null ? null : (args, kwargs) -> constructor.call(args, kwargs));
            if (constructor != null) {
                builtins.put(entry[0], type);
            }
        }
        builtins.putAll(ExceptionTypes.all());
        builtins.put("object", PyType.OBJECT);
        builtins.put("type", PyType.registerBuiltin("type", null, (args, kwargs) -> {
            if (args.size() == 1 && kwargs.isEmpty()) {
                return args.get(0).type();
            }
            if (args.size() == 3 && args.get(0) instanceof PyStr name && args.get(1) instanceof PySequence bases && bases.isTuple()) {
                return newClass(name.value(), bases, args.get(2));
            }
            throw PythonException.of("TypeError", "type() takes 1 or 3 arguments");
        }));
        builtins.put("isinstance", new NativeFunction("isinstance", (args, kwargs) -> {
            requireArguments("isinstance", args, 2);
            return PyBool.of(isInstance(args.get(0), args.get(0).type(), args.get(1), "isinstance"));
        }));
        builtins.put("issubclass", new NativeFunction("issubclass", (args, kwargs) -> {
            requireArguments("issubclass", args, 2);
            if (!(args.get(0) instanceof PyType cls)) {
                throw PythonException.of("TypeError", "issubclass() arg 1 must be a class");
            }
            return PyBool.of(isInstance(null, cls, args.get(1), "issubclass"));
        }));
        builtins.put("super", new NativeFunction("super", (args, kwargs) -> {
            if (args.size() != 2 || !(args.get(0) instanceof PyType cls)) {
                throw PythonException.of("RuntimeError", "super(): no arguments");
            }
            return new PySuper(cls, args.get(1));
        }));
        builtins.put("property", PyType.registerBuiltin("property", null, (args, kwargs) -> new Descriptors.Property(
                argument(args, kwargs, 0, "fget"), argument(args, kwargs, 1, "fset"), argument(args, kwargs, 2, "fdel"))));
        builtins.put("staticmethod", PyType.registerBuiltin("staticmethod", null, (args, kwargs) -> {
            requireArguments("staticmethod", args, 1);
            return new Descriptors.StaticMethod(args.get(0));
        }));
        builtins.put("classmethod", PyType.registerBuiltin("classmethod", null, (args, kwargs) -> {
            requireArguments("classmethod", args, 1);
            return new Descriptors.ClassMethod(args.get(0));
        }));
        builtins.put("getattr", new NativeFunction("getattr", (args, kwargs) -> {
            if (args.size() < 2 || args.size() > 3) {
                throw PythonException.of("TypeError", "getattr expected 2 or 3 arguments, got " + args.size());
            }
            String name = attributeName("getattr", args.get(1));
            try {
                return args.get(0).getAttribute(name);
            } catch (PythonException e) {
                if (args.size() == 3 && e.isInstanceOf(ExceptionTypes.get("AttributeError"))) {
                    return args.get(2);
                }
                throw e;
            }
        }));
        builtins.put("hasattr", new NativeFunction("hasattr", (args, kwargs) -> {
            requireArguments("hasattr", args, 2);
            try {
                args.get(0).getAttribute(attributeName("hasattr", args.get(1)));
                return PyBool.TRUE;
            } catch (PythonException e) {
                if (e.isInstanceOf(ExceptionTypes.get("AttributeError"))) {
                    return PyBool.FALSE;
                }
                throw e;
            }
        }));
        builtins.put("setattr", new NativeFunction("setattr", (args, kwargs) -> {
            requireArguments("setattr", args, 3);
            args.get(0).setAttribute(attributeName("setattr", args.get(1)), args.get(2));
            return PyNone.NONE;
        }));
        builtins.put("delattr", new NativeFunction("delattr", (args, kwargs) -> {
            requireArguments("delattr", args, 2);
            args.get(0).deleteAttribute(attributeName("delattr", args.get(1)));
            return PyNone.NONE;
        }));
        builtins.put("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        builtins.put("Ellipsis", PyEllipsis.ELLIPSIS);
        NamespaceBuiltins.install(builtins);
    }

    /** {@code type(name, bases, namespace)}: a class made at run time, as a class statement would. */
    private static PyType newClass(String name, PySequence bases, PyObject namespace) {
        List<PyType> baseTypes = new java.util.ArrayList<>();
        for (PyObject base : bases.items()) {
            if (!(base instanceof PyType type)) {
                throw PythonException.of("TypeError", "bases must be types");
            }
            baseTypes.add(type);
        }
        Map<String, PyObject> members = new java.util.LinkedHashMap<>();
        members.put("__module__", new PyStr("__main__"));
        var keys = namespace.iterate();
        while (keys.hasNext()) {
            PyObject key = keys.next();
            if (!(key instanceof PyStr text)) {
                throw PythonException.of("TypeError", "type() namespace keys must be strings");
            }
            members.put(text.value(), namespace.getItem(key));
        }
        return ClassCreation.create(name, baseTypes, members);
    }

    /** isinstance(object, cls) when object is given, else issubclass(type, cls). */
    private static boolean isInstance(PyObject object, PyType type, PyObject cls, String function) {
        if (cls instanceof PySequence tuple && tuple.isTuple()) {
            for (PyObject item : tuple.items()) {
                if (isInstance(object, type, item, function)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof InstanceCheck check) {
            return object != null && check.isInstance(object);
        }
        if (!(cls instanceof PyType target)) {
            throw PythonException.of("TypeError", function + "() arg 2 must be a type, a tuple of types, or a union");
        }
        return type.isSubtypeOf(target);
    }

    private static void requireArguments(String function, List<PyObject> args, int count) {
        if (args.size() != count) {
            throw PythonException.of("TypeError", function + " expected " + count + " argument" + (count == 1 ? "" : "s")
                    + ", got " + args.size());
        }
    }

    private static String attributeName(String function, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PythonException.of("TypeError", function + "(): attribute name must be string");
        }
        return s.value();
    }

    private static PyObject argument(List<PyObject> args, Map<String, PyObject> kwargs, int index, String keyword) {
        PyObject value = index < args.size() ? args.get(index) : kwargs.get(keyword);
        return value == null || value == PyNone.NONE ? null : value;
    }
}
