package dev.torchlet.python.runtime;

import java.math.BigInteger;

/** Int arithmetic beyond 64 bits (BigInteger), true division correctly rounded, int-float comparison: CPython's results. */
final class IntArithmetic {
    static final long DOUBLE_EXACT = 1L << 53;
    /**
     * The largest int Torchlet builds, in bits (about 1.26 million decimal digits). BigInteger's own limit is
     * 2**31 bits, but its multiplication has no FFT, so a few million bits already take seconds; a lesson never
     * needs more, and the interpreter must stay responsive.
     */
    private static final long MAX_BITS = 1L << 22;

    private IntArithmetic() {
    }

    static PyObject big(String op, PyInt left, PyInt right) {
        BigInteger a = left.bigValue();
        BigInteger b = right.bigValue();
        switch (op) {
            case "+":
                return PyInt.of(a.add(b));
            case "-":
                return PyInt.of(a.subtract(b));
            case "*":
                if ((long) a.bitLength() + b.bitLength() > MAX_BITS) {
                    throw PythonException.of("MemoryError", "");
                }
                return PyInt.of(a.multiply(b));
            case "/":
                return trueDivide(a, b);
            case "//":
                return PyInt.of(floorDivMod(a, b)[0]);
            case "%":
                return PyInt.of(floorDivMod(a, b)[1]);
            case "&":
                return PyInt.of(a.and(b));
            case "|":
                return PyInt.of(a.or(b));
            case "^":
                return PyInt.of(a.xor(b));
            case "<<": {
                int shift = shiftCount(b);
                if (a.signum() != 0 && (long) a.bitLength() + shift > MAX_BITS) {
                    throw PythonException.of("MemoryError", "");
                }
                return PyInt.of(a.signum() == 0 ? a : a.shiftLeft(shift));
            }
            case ">>":
                if (b.signum() < 0) {
                    throw PythonException.of("ValueError", "negative shift count");
                }
                return PyInt.of(b.bitLength() > 31 ? BigInteger.valueOf(a.signum() < 0 ? -1 : 0) : a.shiftRight(b.intValue()));
            case "**":
                return power(left, right);
            default:
                return null;
        }
    }

    private static int shiftCount(BigInteger b) {
        if (b.signum() < 0) {
            throw PythonException.of("ValueError", "negative shift count");
        }
        if (b.bitLength() > 31) {
            throw PythonException.of("OverflowError", "too many digits in integer");
        }
        return b.intValue();
    }

    /** Python's floor division and modulo: the remainder takes the divisor's sign. */
    static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PythonException.of("ZeroDivisionError", "integer division or modulo by zero");
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** {@code base ** exponent}: an int for a non-negative exponent, a float otherwise (as CPython). */
    static PyObject power(PyInt base, PyInt exponent) {
        if (exponent.signum() < 0) {
            return PyFloat.arithmetic("**", base.toDouble(), exponent.toDouble());
        }
        BigInteger b = base.bigValue();
        if (b.signum() == 0 || b.equals(BigInteger.ONE)) {
            return exponent.signum() == 0 ? PyInt.of(1) : base;
        }
        if (b.equals(BigInteger.ONE.negate())) {
            return PyInt.of(exponent.bigValue().testBit(0) ? -1 : 1);
        }
        if (exponent.isBig() || exponent.value() > Integer.MAX_VALUE) {
            throw PythonException.of("MemoryError", "");
        }
        long e = exponent.value();
        if (!base.isBig()) {
            // Fast path: repeated squaring in longs while nothing overflows.
            long result = 1;
            long square = base.value();
            long remaining = e;
            boolean overflow = false;
            while (remaining > 0 && !overflow) {
                if ((remaining & 1) != 0) {
                    long r = result * square;
                    overflow = result != 0 && (r / result != square || (result == -1 && square == Long.MIN_VALUE));
                    result = r;
                }
                remaining >>= 1;
                if (remaining > 0 && !overflow) {
                    long s = square * square;
                    overflow = s / square != square || square == Long.MIN_VALUE;
                    square = s;
                }
            }
            if (!overflow) {
                return PyInt.of(result);
            }
        }
        // BigInteger cannot hold 2**31 bits (and fails with an exception TeaVM cannot catch).
        if ((double) b.abs().bitLength() * e > MAX_BITS) {
            throw PythonException.of("MemoryError", "");
        }
        return PyInt.of(b.pow((int) e));
    }

    /** int / int, correctly rounded like CPython (exact for operands up to 2**53, long division beyond). */
    static PyObject trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PythonException.of("ZeroDivisionError", "division by zero");
        }
        if (a.bitLength() <= 53 && b.bitLength() <= 53) {
            return new PyFloat((double) a.longValue() / (double) b.longValue());
        }
        boolean negative = a.signum() * b.signum() < 0;
        BigInteger num = a.abs();
        BigInteger den = b.abs();
        if (num.signum() == 0) {
            return new PyFloat(negative ? -0.0 : 0.0);
        }
        double result = BinaryToDouble.ratio(num, den);
        if (Double.isInfinite(result)) {
            throw PythonException.of("OverflowError", "integer division result too large for a float");
        }
        return new PyFloat(negative ? -result : result);
    }

    /** The sign of {@code n - d} computed exactly (d is not NaN). */
    static int compareWithDouble(PyInt n, double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (!n.isBig() && Math.abs(n.value()) <= DOUBLE_EXACT) {
            double v = n.value();
            return v < d ? -1 : v > d ? 1 : 0;
        }
        double floor = Math.floor(d);
        int c = n.bigValue().compareTo(fromIntegralDouble(floor));
        if (c != 0) {
            return c;
        }
        return d > floor ? -1 : 0;
    }

    /** The exact integer value of a finite double with no fraction (as {@code int(1e20)}). */
    static BigInteger fromIntegralDouble(double d) {
        if (Math.abs(d) < 9.0e18) {
            return BigInteger.valueOf((long) d);
        }
        long bits = Double.doubleToLongBits(d);
        long mantissa = (bits & ((1L << 52) - 1)) | (1L << 52);
        int exponent = Math.getExponent(d);
        BigInteger magnitude = BigInteger.valueOf(mantissa).shiftLeft(exponent - 52);
        return d < 0 ? magnitude.negate() : magnitude;
    }

    /** {@code int(x)} of a float: truncation toward zero, CPython's errors for inf and nan. */
    static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PythonException.of("ValueError", "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PythonException.of("OverflowError", "cannot convert float infinity to integer");
        }
        double truncated = d < 0 ? Math.ceil(d) : Math.floor(d);
        return PyInt.of(fromIntegralDouble(truncated));
    }
}
