package dev.torchlet.python.runtime;

import java.util.List;
import java.util.Map;

/** {@code staticmethod}, {@code classmethod} and {@code property}: class attributes that bind specially. */
public final class Descriptors {
    private Descriptors() {
    }

    /** The functions a class attribute wraps (itself if it is a plain function), for the class to adopt. */
    public static List<PyObject> wrappedFunctions(PyObject value) {
        return switch (value) {
            case StaticMethod s -> List.of(s.function);
            case ClassMethod c -> List.of(c.function);
            case Property p -> java.util.stream.Stream.of(p.getter, p.setter, p.deleter).filter(f -> f != null).toList();
            default -> List.of(value);
        };
    }

    /** {@code @staticmethod}: read through a class or an instance, the plain function. */
    public static final class StaticMethod extends PyObject {
        private final PyObject function;

        public StaticMethod(PyObject function) {
            this.function = function;
        }

        @Override
        public String typeName() {
            return "staticmethod";
        }

        @Override
        public PyObject bindTo(PyObject instance, PyType owner) {
            return function;
        }

        @Override
        public PyObject call(List<PyObject> args, Map<String, PyObject> kwargs) {
            return function.call(args, kwargs);
        }
    }

    /** {@code @classmethod}: bound to the class it is read from. */
    public static final class ClassMethod extends PyObject {
        private final PyObject function;

        public ClassMethod(PyObject function) {
            this.function = function;
        }

        @Override
        public String typeName() {
            return "classmethod";
        }

        @Override
        public PyObject bindTo(PyObject instance, PyType owner) {
            PyType cls = owner != null ? owner : instance.type();
            return new PyBoundMethod(cls, function, function.getAttribute("__name__").str());
        }
    }

    /** {@code property(fget, fset, fdel)} and its {@code .setter}/{@code .deleter} decorators. */
    public static final class Property extends PyObject {
        private final PyObject getter;
        private final PyObject setter;
        private final PyObject deleter;

        public Property(PyObject getter, PyObject setter, PyObject deleter) {
            this.getter = getter;
            this.setter = setter;
            this.deleter = deleter;
        }

        @Override
        public String typeName() {
            return "property";
        }

        @Override
        public PyObject bindTo(PyObject instance, PyType owner) {
            if (instance == null) {
                return this;
            }
            if (getter == null) {
                throw PythonException.of("AttributeError", "unreadable attribute");
            }
            return getter.call(List.of(instance), Map.of());
        }

        /** {@code instance.name = value} through this property. */
        public void set(PyObject instance, String name, PyObject value) {
            if (setter == null) {
                throw PythonException.of("AttributeError", "property '" + name + "' of '" + instance.typeName()
                        + "' object has no setter");
            }
            setter.call(List.of(instance, value), Map.of());
        }

        public void delete(PyObject instance, String name) {
            if (deleter == null) {
                throw PythonException.of("AttributeError", "property '" + name + "' of '" + instance.typeName()
                        + "' object has no deleter");
            }
            deleter.call(List.of(instance), Map.of());
        }

        @Override
        public PyObject getAttribute(String name) {
            return switch (name) {
                case "setter" -> new NativeFunction("setter", (args, kwargs) -> new Property(getter, args.get(0), deleter));
                case "getter" -> new NativeFunction("getter", (args, kwargs) -> new Property(args.get(0), setter, deleter));
                case "deleter" -> new NativeFunction("deleter", (args, kwargs) -> new Property(getter, setter, args.get(0)));
                case "fget" -> getter == null ? PyNone.NONE : getter;
                case "fset" -> setter == null ? PyNone.NONE : setter;
                default -> super.getAttribute(name);
            };
        }
    }
}
