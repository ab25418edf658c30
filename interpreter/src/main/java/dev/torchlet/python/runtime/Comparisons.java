package dev.torchlet.python.runtime;

/** Python's comparison protocol: the left operand, then the right one reflected, then identity for equality. */
public final class Comparisons {
    /**
     * Containers comparing their items nest Java calls: deeper than this raises RecursionError, as
     * CPython does past its recursion limit (kept lower for the same reason as ReprGuard's).
     */
    private static final int MAX_DEPTH = 300;
    private static int depth;

    private Comparisons() {
    }

    public static PyObject compare(String op, PyObject left, PyObject right) {
        switch (op) {
            case "is":
                return PyBool.of(left == right);
            case "is not":
                return PyBool.of(left != right);
            case "in":
                return PyBool.of(right.contains(left));
            case "not in":
                return PyBool.of(!right.contains(left));
            default:
                break;
        }
        if (depth >= MAX_DEPTH) {
            throw PythonException.of("RecursionError", "maximum recursion depth exceeded in comparison");
        }
        PyObject result;
        depth++;
        try {
            result = left.compare(op, right);
            if (result == null) {
                result = right.compare(reflected(op), left);
            }
        } finally {
            depth--;
        }
        if (result != null) {
            return result;
        }
        if (op.equals("==") || op.equals("!=")) {
            return PyBool.of((left == right) == op.equals("=="));
        }
        throw PythonException.of("TypeError", "'" + op + "' not supported between instances of '" + left.typeName()
                + "' and '" + right.typeName() + "'");
    }

    /** Whether two items are equal as containers and lookups decide it: the same object always is (even NaN). */
    public static boolean equal(PyObject a, PyObject b) {
        return a == b || compare("==", a, b).isTruthy();
    }

    private static String reflected(String op) {
        return switch (op) {
            case "<" -> ">";
            case ">" -> "<";
            case "<=" -> ">=";
            case ">=" -> "<=";
            default -> op;
        };
    }

    /** The result of comparing two ordered values by the sign of their difference. */
    static PyBool fromOrder(String op, int order) {
        return PyBool.of(switch (op) {
            case "==" -> order == 0;
            case "!=" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        });
    }
}
