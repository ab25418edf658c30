package dev.torchlet.python.runtime;

import dev.torchlet.engine.format.FloatText;

/** Python's float: a double whose repr is the shortest round-trip text, as CPython's. */
public final class PyFloat extends PyObject {
    private final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    public double value() {
        return value;
    }

    @Override
    public String typeName() {
        return "float";
    }

    @Override
    public String repr() {
        return FloatText.repr(value);
    }

    @Override
    public boolean isTruthy() {
        return value != 0;
    }

    @Override
    public PyObject unaryOp(String op) {
        // Multiplying keeps the sign of zero on every target (TeaVM's Wasm output turns -x into 0 - x).
        return new PyFloat(op.equals("-") ? value * -1.0 : value);
    }

    @Override
    public PyObject binaryOp(String op, PyObject other) {
        if (other instanceof PyFloat f) {
            return arithmetic(op, value, f.value);
        }
        if (other instanceof PyInt i) {
            return arithmetic(op, value, i.toDouble());
        }
        return null;
    }

    @Override
    public PyObject reflectedBinaryOp(String op, PyObject other) {
        if (other instanceof PyInt i) {
            return arithmetic(op, i.toDouble(), value);
        }
        return null;
    }

    @Override
    public long hash() {
        return NumericHash.ofDouble(value, System.identityHashCode(this));
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "is_integer" -> new NativeFunction(name, (args, kwargs) ->
                    PyBool.of(!Double.isInfinite(value) && value == Math.floor(value)));
            case "real" -> this;
            case "imag" -> new PyFloat(0.0);
            case "conjugate" -> new NativeFunction(name, (args, kwargs) -> this);
            default -> super.getAttribute(name);
        };
    }

    /** {@code float(x)}: the construction logic the {@code float} type calls. */
    public static PyObject construct(java.util.List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        return FloatConversion.construct(args, kwargs);
    }

    /** Float arithmetic with CPython's zero-division errors and floor/modulo signs. */
    static PyObject arithmetic(String op, double a, double b) {
        return switch (op) {
            case "+" -> new PyFloat(a + b);
            case "-" -> new PyFloat(a - b);
            case "*" -> new PyFloat(a * b);
            case "/" -> {
                PyInt.requireNonZero(b, "division by zero");
                yield new PyFloat(a / b);
            }
            case "//" -> {
                PyInt.requireNonZero(b, "float floor division by zero");
                yield new PyFloat(FloatDivision.divmod(a, b)[0]);
            }
            case "%" -> {
                PyInt.requireNonZero(b, "float modulo");
                yield new PyFloat(FloatDivision.divmod(a, b)[1]);
            }
            case "**" -> {
                if (a == 0 && b < 0) {
                    throw PythonException.of("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                }
                double r = Math.pow(a, b);
                if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
                    throw PythonException.of("OverflowError", "(34, 'Numerical result out of range')");
                }
                if (Double.isNaN(r) && a < 0 && !Double.isNaN(b)) {
                    throw PythonException.of("ValueError", "complex numbers are not supported by Torchlet (a negative number to a fractional power)");
                }
                yield new PyFloat(r);
            }
            default -> null;
        };
    }

    @Override
    public PyObject compare(String op, PyObject other) {
        double o;
        if (other instanceof PyFloat f) {
            o = f.value;
        } else if (other instanceof PyInt i) {
            if (Double.isNaN(value)) {
                return PyBool.of(op.equals("!="));
            }
            // Exact, even for ints beyond 2**53 (CPython never rounds the int first).
            return Comparisons.fromOrder(op, -IntArithmetic.compareWithDouble(i, value));
        } else {
            return null;
        }
        if (Double.isNaN(value) || Double.isNaN(o)) {
            return PyBool.of(op.equals("!="));
        }
        // Numeric comparison: -0.0 == 0.0, unlike Double.compare.
        return Comparisons.fromOrder(op, value < o ? -1 : value > o ? 1 : 0);
    }
}
