package dev.torchlet.python.modules.math;

import dev.torchlet.engine.PlatformMath;
import dev.torchlet.python.runtime.BinaryToDouble;
import dev.torchlet.python.runtime.Conversions;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyObject;
import java.math.BigInteger;

/** math.log/log2/log10, which (as in CPython) also take ints far beyond the float range. */
final class Logarithms {
    private static final double LN2 = Math.log(2.0);

    private Logarithms() {
    }

    static double natural(PyObject x) {
        if (x instanceof PyInt i && i.bitLength() > 1024) {
            return scaled(i, Math::log, LN2);
        }
        return checked(Conversions.toDouble(x), Math.log(Conversions.toDouble(x)));
    }

    static double base2(PyObject x) {
        if (x instanceof PyInt i && i.bitLength() > 1024) {
            return scaled(i, v -> Math.log(v) / LN2, 1.0);
        }
        double v = Conversions.toDouble(x);
        // Exact for powers of two, as C's log2 is.
        if (v > 0 && !Double.isInfinite(v)) {
            int e = Math.getExponent(v);
            if (v == Math.scalb(1.0, e)) {
                return e;
            }
        }
        return checked(v, Math.log(v) / LN2);
    }

    static double base10(PyObject x) {
        if (x instanceof PyInt i && i.bitLength() > 1024) {
            return scaled(i, PlatformMath::log10, PlatformMath.log10(2.0));
        }
        double v = Conversions.toDouble(x);
        return checked(v, PlatformMath.log10(v));
    }

    private interface Log {
        double of(double x);
    }

    /** log(n) = log(n / 2**k) + k log(2) for an int too large for a float. */
    private static double scaled(PyInt n, Log log, double logOfTwo) {
        if (n.signum() <= 0) {
            throw MathModule.domainError();
        }
        // CPython: log(m) + log(2) * e with n = m * 2**e, 0.5 <= m < 1.
        BigInteger v = n.bigValue();
        int e = v.bitLength();
        double m = BinaryToDouble.of(v, -e);
        return log.of(m) + logOfTwo * e;
    }

    private static double checked(double x, double result) {
        if (x <= 0 || Double.isNaN(result) && !Double.isNaN(x)) {
            throw MathModule.domainError();
        }
        return result;
    }
}
