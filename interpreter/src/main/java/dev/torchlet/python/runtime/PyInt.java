package dev.torchlet.python.runtime;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Python's int, arbitrary precision: a long while the value fits in 64 bits (the fast path every
 * loop counter takes), a {@link BigInteger} beyond. Overflow is detected explicitly (TeaVM cannot
 * catch Java's ArithmeticException) and moves the operation to BigInteger.
 */
public class PyInt extends PyObject {
    private final long value;
    /** The value when it does not fit in a long; null otherwise. */
    private final BigInteger big;

    public PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    public static PyInt of(long value) {
        return new PyInt(value);
    }

    /** The int holding {@code value}, as a long when it fits. */
    public static PyInt of(BigInteger value) {
        if (value.bitLength() < 64) {
            return new PyInt(value.longValue());
        }
        return new PyInt(value);
    }

    /** True when the value does not fit in 64 bits. */
    public boolean isBig() {
        return big != null;
    }

    /** The value as a long; OverflowError (CPython's wording) when it does not fit. */
    public long value() {
        if (big != null) {
            throw PythonException.of("OverflowError", "Python int too large to convert to C long");
        }
        return value;
    }

    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The nearest double, as {@code float(n)}; OverflowError past the float range like CPython. */
    public double toDouble() {
        if (big == null) {
            return value;
        }
        double magnitude = BinaryToDouble.of(big.abs(), 0);
        double d = big.signum() < 0 ? -magnitude : magnitude;
        if (Double.isInfinite(d)) {
            throw PythonException.of("OverflowError", "int too large to convert to float");
        }
        return d;
    }

    /** The number of bits of |n| (Python's {@code int.bit_length()}). */
    public int bitLength() {
        return big != null ? big.abs().bitLength() : 64 - Long.numberOfLeadingZeros(value == Long.MIN_VALUE ? value : Math.abs(value));
    }

    /** -1, 0 or 1. */
    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    @Override
    public String typeName() {
        return "int";
    }

    @Override
    public String repr() {
        return big != null ? Limits.decimal(big) : Long.toString(value);
    }

    @Override
    public boolean isTruthy() {
        return big != null || value != 0;
    }

    @Override
    public long hash() {
        return NumericHash.ofInt(this);
    }

    @Override
    public PyObject unaryOp(String op) {
        return switch (op) {
            case "+" -> big != null ? this : PyInt.of(value);
            case "-" -> big == null && value != Long.MIN_VALUE ? PyInt.of(-value) : PyInt.of(bigValue().negate());
            case "~" -> big == null ? PyInt.of(~value) : PyInt.of(big.not());
            default -> super.unaryOp(op);
        };
    }

    @Override
    public PyObject binaryOp(String op, PyObject other) {
        if (other instanceof PyFloat f) {
            return PyFloat.arithmetic(op, toDouble(), f.value());
        }
        if (!(other instanceof PyInt o)) {
            return null;
        }
        if (big == null && o.big == null) {
            PyObject fast = longArithmetic(op, value, o.value);
            if (fast != null) {
                return fast;
            }
        }
        return IntArithmetic.big(op, this, o);
    }

    /** The long result, or null when it would overflow (or the operator needs BigInteger). */
    private static PyObject longArithmetic(String op, long a, long b) {
        switch (op) {
            case "+": {
                long r = a + b;
                return ((a ^ r) & (b ^ r)) < 0 ? null : PyInt.of(r);
            }
            case "-": {
                long r = a - b;
                return ((a ^ b) & (a ^ r)) < 0 ? null : PyInt.of(r);
            }
            case "*": {
                long r = a * b;
                boolean overflow = a != 0 && (r / a != b || (a == -1 && b == Long.MIN_VALUE));
                return overflow ? null : PyInt.of(r);
            }
            case "/":
                requireNonZero(b, "division by zero");
                boolean exact = a >= -IntArithmetic.DOUBLE_EXACT && a <= IntArithmetic.DOUBLE_EXACT
                        && b >= -IntArithmetic.DOUBLE_EXACT && b <= IntArithmetic.DOUBLE_EXACT;
                return exact ? new PyFloat((double) a / (double) b) : null;
            case "//":
                requireNonZero(b, "integer division or modulo by zero");
                return a == Long.MIN_VALUE && b == -1 ? null : PyInt.of(Math.floorDiv(a, b));
            case "%":
                requireNonZero(b, "integer division or modulo by zero");
                return PyInt.of(b == -1 ? 0 : Math.floorMod(a, b));
            case "&":
                return PyInt.of(a & b);
            case "|":
                return PyInt.of(a | b);
            case "^":
                return PyInt.of(a ^ b);
            case ">>":
                if (b < 0) {
                    throw PythonException.of("ValueError", "negative shift count");
                }
                return PyInt.of(b >= 64 ? (a < 0 ? -1 : 0) : a >> b);
            case "<<":
                if (b < 0) {
                    throw PythonException.of("ValueError", "negative shift count");
                }
                if (a == 0) {
                    return PyInt.of(0);
                }
                return b < 63 && (a << b) >> b == a ? PyInt.of(a << b) : null;
            default:
                return null; // ** and anything unusual go to the BigInteger path
        }
    }

    static void requireNonZero(double divisor, String message) {
        if (divisor == 0) {
            throw PythonException.of("ZeroDivisionError", message);
        }
    }

    @Override
    public PyObject compare(String op, PyObject other) {
        if (other instanceof PyInt i) {
            if (big == null && i.big == null) {
                return Comparisons.fromOrder(op, Long.compare(value, i.value));
            }
            return Comparisons.fromOrder(op, bigValue().compareTo(i.bigValue()));
        }
        if (other instanceof PyFloat f) {
            if (Double.isNaN(f.value())) {
                return PyBool.of(op.equals("!="));
            }
            return Comparisons.fromOrder(op, IntArithmetic.compareWithDouble(this, f.value()));
        }
        return null;
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "bit_length" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.none("int.bit_length", args, kwargs);
                return PyInt.of(bitLength());
            });
            case "real", "numerator" -> PyInt.of(bigValue());
            case "imag" -> PyInt.of(0);
            case "denominator" -> PyInt.of(1);
            case "conjugate" -> new NativeFunction(name, (args, kwargs) -> PyInt.of(bigValue()));
            case "to_bytes" -> new NativeFunction(name, (args, kwargs) -> IntBytes.toBytes(this, args, kwargs));
            case "from_bytes" -> new NativeFunction(name, IntBytes::fromBytes);
            default -> super.getAttribute(name);
        };
    }

    /** {@code int(x)}, {@code int(text, base)}: the construction logic the {@code int} type calls. */
    public static PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        return IntConversion.construct(args, kwargs);
    }

}
