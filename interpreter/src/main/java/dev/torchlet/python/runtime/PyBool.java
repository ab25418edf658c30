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

    @Override
    public String typeName() {
        return "bool";
    }

    @Override
    public String repr() {
        return booleanValue() ? "True" : "False";
    }
}
