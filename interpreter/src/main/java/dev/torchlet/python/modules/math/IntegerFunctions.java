package dev.torchlet.python.modules.math;

import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.math.BigInteger;

/** math's exact integer functions: factorial, gcd, lcm, comb, perm, isqrt. */
final class IntegerFunctions {
    private IntegerFunctions() {
    }

    static void install(PyModule m) {
        MathModule.define(m, "factorial", (args, kwargs) -> {
            PyObject x = MathModule.one("factorial", args, kwargs);
            BigInteger n = MathModule.nonNegativeInteger("factorial", x, "not defined for negative values");
            return PyInt.of(product(BigInteger.ONE, n));
        });
        MathModule.define(m, "gcd", (args, kwargs) -> {
            MathModule.noKeywords("gcd", kwargs);
            BigInteger g = BigInteger.ZERO;
            for (PyObject a : args) {
                g = g.gcd(integer(a));
            }
            return PyInt.of(g);
        });
        MathModule.define(m, "lcm", (args, kwargs) -> {
            MathModule.noKeywords("lcm", kwargs);
            BigInteger l = BigInteger.ONE;
            for (PyObject a : args) {
                BigInteger v = integer(a).abs();
                if (v.signum() == 0) {
                    l = BigInteger.ZERO;
                } else if (l.signum() != 0) {
                    l = l.divide(l.gcd(v)).multiply(v);
                }
            }
            return PyInt.of(l);
        });
        MathModule.define(m, "comb", (args, kwargs) -> {
            MathModule.exactly("comb", args, kwargs, 2);
            BigInteger n = MathModule.nonNegativeInteger("comb", args.get(0), "must be a non-negative integer");
            BigInteger k = MathModule.nonNegativeInteger("comb", args.get(1), "must be a non-negative integer");
            if (k.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            if (k.compareTo(n.subtract(k)) > 0) {
                k = n.subtract(k);
            }
            BigInteger result = BigInteger.ONE;
            for (BigInteger i = BigInteger.ONE; i.compareTo(k) <= 0; i = i.add(BigInteger.ONE)) {
                result = result.multiply(n.subtract(k).add(i)).divide(i);
            }
            return PyInt.of(result);
        });
        MathModule.define(m, "perm", (args, kwargs) -> {
            MathModule.range("perm", args, kwargs, 1, 2);
            BigInteger n = MathModule.nonNegativeInteger("perm", args.get(0), "must be a non-negative integer");
            if (args.size() == 1 || args.get(1) == PyNone.NONE) {
                return PyInt.of(product(BigInteger.ONE, n));
            }
            BigInteger k = MathModule.nonNegativeInteger("perm", args.get(1), "must be a non-negative integer");
            if (k.compareTo(n) > 0) {
                return PyInt.of(0);
            }
            return PyInt.of(product(n.subtract(k).add(BigInteger.ONE), n));
        });
        MathModule.define(m, "isqrt", (args, kwargs) -> {
            BigInteger n = MathModule.nonNegativeInteger("isqrt", MathModule.one("isqrt", args, kwargs),
                    "argument must be nonnegative");
            return PyInt.of(isqrt(n));
        });
    }

    /** The integer square root by Newton's method (BigInteger.sqrt is missing from TeaVM's class library). */
    static BigInteger isqrt(BigInteger n) {
        if (n.signum() == 0) {
            return n;
        }
        BigInteger x = BigInteger.ONE.shiftLeft((n.bitLength() + 1) / 2);
        while (true) {
            BigInteger y = x.add(n.divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) {
                return x;
            }
            x = y;
        }
    }

    private static BigInteger integer(PyObject x) {
        if (!(x instanceof PyInt i)) {
            throw PythonException.of("TypeError", "'" + x.typeName() + "' object cannot be interpreted as an integer");
        }
        return i.bigValue();
    }

    /** from × (from+1) × … × to, split in halves so large factorials multiply balanced numbers. */
    private static BigInteger product(BigInteger from, BigInteger to) {
        int c = from.compareTo(to);
        if (c > 0) {
            return BigInteger.ONE;
        }
        if (c == 0) {
            return from;
        }
        if (to.subtract(from).compareTo(BigInteger.valueOf(16)) < 0) {
            BigInteger r = from;
            for (BigInteger i = from.add(BigInteger.ONE); i.compareTo(to) <= 0; i = i.add(BigInteger.ONE)) {
                r = r.multiply(i);
            }
            return r;
        }
        BigInteger mid = from.add(to).shiftRight(1);
        return product(from, mid).multiply(product(mid.add(BigInteger.ONE), to));
    }
}
