package dev.torchlet.python.runtime;

/** Python's {@code Ellipsis} ({@code ...}), the "all remaining dimensions" entry of a tensor index. */
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
