package dev.torchlet.python.runtime;

/** {@code True} and {@code False}: ints with their own repr, as in Python. */
public final class PyBool extends PyInt {
    public static final PyBool TRUE = new PyBool(true);
    public static final PyBool FALSE = new PyBool(false);

    private PyBool(boolean value) {
        super(value ? 1 : 0);
    }

    public static PyBool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public boolean booleanValue() {
        return value() != 0;
    }

    /** {@code bool(x)}: the construction logic the {@code bool} type calls. */
    public static PyObject construct(java.util.List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        ArgumentCheck.noKeywords("bool", kwargs);
        if (args.size() > 1) {
            throw PythonException.of("TypeError", "bool expected at most 1 argument, got " + args.size());
        }
        return of(!args.isEmpty() && args.get(0).isTruthy());
    }

    @Override
    public String typeName() {
        return "bool";
    }

    @Override
    public String repr() {
        return booleanValue() ? "True" : "False";
    }
}
