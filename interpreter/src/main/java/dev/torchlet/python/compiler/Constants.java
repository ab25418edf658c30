package dev.torchlet.python.compiler;

import dev.torchlet.python.ast.Expr;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyBytes;
import dev.torchlet.python.runtime.PyEllipsis;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;

/** Literal values of the AST as Python objects. */
final class Constants {
    private Constants() {
    }

    static PyObject of(Object value) {
        if (value == null) {
            return PyNone.NONE;
        }
        if (value == Expr.ELLIPSIS) {
            return PyEllipsis.ELLIPSIS;
        }
        if (value instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (value instanceof Long l) {
            return PyInt.of(l);
        }
        if (value instanceof Double d) {
            return new PyFloat(d);
        }
        if (value instanceof byte[] bytes) {
            return PyBytes.bytes(bytes);
        }
        return new PyStr((String) value);
    }
}
