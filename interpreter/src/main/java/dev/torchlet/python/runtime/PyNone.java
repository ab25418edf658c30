package dev.torchlet.python.runtime;

public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @Override
    public String typeName() {
        return "NoneType";
    }

    @Override
    public String repr() {
        return "None";
    }

    @Override
    public boolean isTruthy() {
        return false;
    }
}
