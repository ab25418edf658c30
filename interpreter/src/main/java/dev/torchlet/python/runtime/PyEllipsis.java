package dev.torchlet.python.runtime;

/** The {@code ...} object (tensor indexing uses it). */
public final class PyEllipsis extends PyObject {
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
    }

    @Override
    public String typeName() {
        return "ellipsis";
    }

    @Override
    public String repr() {
        return "Ellipsis";
    }
}
