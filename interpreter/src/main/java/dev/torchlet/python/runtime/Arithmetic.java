package dev.torchlet.python.runtime;

/**
 * Python's binary operator protocol for native code ({@code sum}, {@code math.prod}): the left
 * operand, then the right one's reflected method, then CPython's TypeError.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    public static PyObject binary(String op, PyObject left, PyObject right) {
        PyObject result = left.binaryOp(op, right);
        if (result == null) {
            result = right.reflectedBinaryOp(op, left);
        }
        if (result == null) {
            throw PythonException.of("TypeError", "unsupported operand type(s) for " + op + ": '" + left.typeName()
                    + "' and '" + right.typeName() + "'");
        }
        return result;
    }
}
