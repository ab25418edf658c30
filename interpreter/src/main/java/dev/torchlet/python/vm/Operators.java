package dev.torchlet.python.vm;

import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;

/** Python's binary operator protocol: try the left operand, then the right one's reflected method. */
final class Operators {
    private Operators() {
    }

    static PyObject binary(String op, PyObject left, PyObject right) {
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
