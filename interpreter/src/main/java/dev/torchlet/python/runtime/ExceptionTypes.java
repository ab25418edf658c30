package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Python's built-in exception classes, their hierarchy, and the methods they share (args, str, repr). */
public final class ExceptionTypes {
    private static final Map<String, PyType> TYPES = new LinkedHashMap<>();

    public static final PyType BASE_EXCEPTION = PyType.registerBuiltin("BaseException", null, null);

    private static void chainAttribute(String name, java.util.function.Function<PythonException, PyObject> read) {
        BASE_EXCEPTION.namespace().put(name, new Descriptors.Property(new NativeFunction(name, (args, kwargs) -> {
            PythonException raised = args.get(0) instanceof PyInstance i ? i.raisedAs() : null;
            return raised == null ? (name.equals("__suppress_context__") ? PyBool.FALSE : PyNone.NONE) : read.apply(raised);
        }), null, null));
    }

    static {
        BASE_EXCEPTION.namespace().put("__init__", new NativeMethod("__init__", (args, kwargs) -> {
            ((PyInstance) args.get(0)).attributes().put("args", PySequence.tuple(new ArrayList<>(args.subList(1, args.size()))));
            return PyNone.NONE;
        }));
        BASE_EXCEPTION.namespace().put("__str__", new NativeMethod("__str__", (args, kwargs) -> new PyStr(text(args.get(0)))));
        BASE_EXCEPTION.namespace().put("__repr__", new NativeMethod("__repr__", (args, kwargs) -> {
            List<PyObject> items = arguments(args.get(0));
            StringBuilder sb = new StringBuilder(args.get(0).typeName()).append('(');
            for (int i = 0; i < items.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(items.get(i).repr());
            }
            return new PyStr(sb.append(')').toString());
        }));
        // The chain of a raised exception: raise ... from sets __cause__, raising while handling sets __context__.
        chainAttribute("__cause__", e -> e.cause() == null ? PyNone.NONE : e.cause().value());
        chainAttribute("__context__", e -> e.context() == null ? PyNone.NONE : e.context().value());
        chainAttribute("__suppress_context__", e -> PyBool.of(e.contextSuppressed()));
        chainAttribute("__traceback__", e -> PyNone.NONE); // tracebacks are text in Torchlet, not objects
        TYPES.put("BaseException", BASE_EXCEPTION);
        String[][] hierarchy = {
            {"SystemExit", "BaseException"}, {"KeyboardInterrupt", "BaseException"}, {"GeneratorExit", "BaseException"},
            {"Exception", "BaseException"},
            {"StopIteration", "Exception"}, {"ArithmeticError", "Exception"}, {"ZeroDivisionError", "ArithmeticError"},
            {"OverflowError", "ArithmeticError"}, {"FloatingPointError", "ArithmeticError"}, {"AssertionError", "Exception"},
            {"AttributeError", "Exception"}, {"BufferError", "Exception"}, {"EOFError", "Exception"},
            {"ImportError", "Exception"}, {"ModuleNotFoundError", "ImportError"}, {"LookupError", "Exception"},
            {"IndexError", "LookupError"}, {"KeyError", "LookupError"}, {"MemoryError", "Exception"},
            {"NameError", "Exception"}, {"UnboundLocalError", "NameError"}, {"OSError", "Exception"},
            {"FileExistsError", "OSError"}, {"FileNotFoundError", "OSError"}, {"IsADirectoryError", "OSError"},
            {"NotADirectoryError", "OSError"}, {"PermissionError", "OSError"}, {"TimeoutError", "OSError"},
            {"RuntimeError", "Exception"}, {"NotImplementedError", "RuntimeError"}, {"RecursionError", "RuntimeError"},
            {"SyntaxError", "Exception"}, {"IndentationError", "SyntaxError"}, {"SystemError", "Exception"},
            {"TypeError", "Exception"}, {"ValueError", "Exception"}, {"UnicodeError", "ValueError"},
            {"UnicodeDecodeError", "UnicodeError"}, {"UnicodeEncodeError", "UnicodeError"},
            {"Warning", "Exception"}, {"UserWarning", "Warning"}, {"DeprecationWarning", "Warning"},
            {"RuntimeWarning", "Warning"}, {"FutureWarning", "Warning"}, {"PendingDeprecationWarning", "Warning"},
            {"SyntaxWarning", "Warning"}, {"ImportWarning", "Warning"}, {"UnicodeWarning", "Warning"},
            {"BytesWarning", "Warning"}, {"ResourceWarning", "Warning"},
        };
        for (String[] entry : hierarchy) {
            TYPES.put(entry[0], PyType.registerBuiltin(entry[0], TYPES.get(entry[1]), null));
        }
        TYPES.get("KeyError").namespace().put("__str__", new NativeMethod("__str__", (args, kwargs) -> {
            List<PyObject> items = arguments(args.get(0));
            return new PyStr(items.size() == 1 ? items.get(0).repr() : text(args.get(0)));
        }));
    }

    private ExceptionTypes() {
    }

    /** The built-in exception class {@code name}; an unknown name becomes a new subclass of Exception. */
    public static PyType get(String name) {
        PyType type = TYPES.get(name);
        if (type == null) {
            type = PyType.registerBuiltin(name, TYPES.get("Exception"), null);
            TYPES.put(name, type);
        }
        return type;
    }

    /** Every built-in exception class by name (for the builtins module). */
    public static Map<String, PyType> all() {
        return TYPES;
    }

    /** An exception instance, as {@code TypeName(*args)} would make it. */
    public static PyInstance instantiate(PyType type, List<PyObject> args) {
        PyInstance instance = new PyInstance(type);
        instance.attributes().put("args", PySequence.tuple(new ArrayList<>(args)));
        return instance;
    }

    private static List<PyObject> arguments(PyObject exception) {
        PyObject args = exception instanceof PyInstance i ? i.attributes().get("args") : null;
        return args instanceof PySequence s ? s.items() : List.of();
    }

    /** {@code str(e)}: nothing, the single argument, or the tuple of arguments. */
    private static String text(PyObject exception) {
        List<PyObject> items = arguments(exception);
        if (items.isEmpty()) {
            return "";
        }
        return items.size() == 1 ? items.get(0).str() : PySequence.tuple(new ArrayList<>(items)).repr();
    }
}
