package dev.torchlet.python.runtime;

/**
 * Python's int, 64-bit for now: results that overflow raise OverflowError rather than wrap
 * (arbitrary precision arrives with the interpreter issue). Every check is explicit because
 * TeaVM cannot catch Java's ArithmeticException.
 */
public class PyInt extends PyObject {
    private final long value;

    public PyInt(long value) {
        this.value = value;
    }

    public static PyInt of(long value) {
        return new PyInt(value);
    }

    public long value() {
        return value;
    }

    @Override
    public String typeName() {
        return "int";
    }

    @Override
    public String repr() {
        return Long.toString(value);
    }

    @Override
    public boolean isTruthy() {
        return value != 0;
    }

    @Override
    public PyObject unaryOp(String op) {
        if (op.equals("+")) {
            return PyInt.of(value);
        }
        if (value == Long.MIN_VALUE) {
            throw overflow();
        }
        return PyInt.of(-value);
    }

    @Override
    public PyObject binaryOp(String op, PyObject other) {
        if (other instanceof PyFloat f) {
            return PyFloat.arithmetic(op, value, f.value());
        }
        if (!(other instanceof PyInt o)) {
            return null;
        }
        long a = value;
        long b = o.value;
        return switch (op) {
            case "+" -> {
                long r = a + b;
                if (((a ^ r) & (b ^ r)) < 0) {
                    throw overflow();
                }
                yield PyInt.of(r);
            }
            case "-" -> {
                long r = a - b;
                if (((a ^ b) & (a ^ r)) < 0) {
                    throw overflow();
                }
                yield PyInt.of(r);
            }
            case "*" -> PyInt.of(multiply(a, b));
            case "/" -> PyFloat.arithmetic("/", a, b);
            case "//" -> {
                requireNonZero(b, "integer division or modulo by zero");
                if (a == Long.MIN_VALUE && b == -1) {
                    throw overflow();
                }
                yield PyInt.of(Math.floorDiv(a, b));
            }
            case "%" -> {
                requireNonZero(b, "integer division or modulo by zero");
                yield PyInt.of(b == -1 ? 0 : Math.floorMod(a, b));
            }
            case "**" -> power(a, b);
            default -> null;
        };
    }

    private static PyObject power(long base, long exponent) {
        if (exponent < 0) {
            return PyFloat.arithmetic("**", base, exponent);
        }
        long result = 1;
        for (long i = 0; i < exponent; i++) {
            result = multiply(result, base);
            if (result == 0 || result == 1 && base == 1) {
                break;
            }
        }
        return PyInt.of(result);
    }

    /** a × b, or OverflowError; checked by division so it needs no platform intrinsics. */
    private static long multiply(long a, long b) {
        long r = a * b;
        if (a != 0 && (r / a != b || (a == -1 && b == Long.MIN_VALUE))) {
            throw overflow();
        }
        return r;
    }

    static void requireNonZero(double divisor, String message) {
        if (divisor == 0) {
            throw PythonException.of("ZeroDivisionError", message);
        }
    }

    private static PythonException overflow() {
        return PythonException.of("OverflowError", "integer result does not fit in 64 bits (Torchlet's int is 64-bit for now)");
    }

    @Override
    public PyObject compare(String op, PyObject other) {
        if (other instanceof PyInt i) {
            return Comparisons.fromOrder(op, Long.compare(value, i.value));
        }
        if (other instanceof PyFloat f) {
            if (Double.isNaN(f.value())) {
                return PyBool.of(op.equals("!="));
            }
            return Comparisons.fromOrder(op, Double.compare((double) value, f.value()));
        }
        return null;
    }
}
