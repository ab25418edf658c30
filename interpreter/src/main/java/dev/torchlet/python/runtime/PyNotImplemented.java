package dev.torchlet.python.runtime;

/** {@code NotImplemented}: what an operator method returns to let the other operand try. */
public final class PyNotImplemented extends PyObject {
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
    }

    @Override
    public String typeName() {
        return "NotImplementedType";
    }

    @Override
    public String repr() {
        return "NotImplemented";
    }
}
