package dev.torchlet.python.runtime;

import java.math.BigInteger;

/**
 * CPython's hash of numbers and tuples, bit for bit: numbers hash to their value modulo the
 * Mersenne prime 2**61 - 1 (so {@code hash(1) == hash(1.0) == hash(True)}), tuples by xxHash's
 * mixing; -1 is never a hash.
 */
public final class NumericHash {
    private static final int BITS = 61;
    private static final long MODULUS = (1L << BITS) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long INFINITY_HASH = 314159;
    private static final long XXPRIME_1 = -7046029288634856825L; // 11400714785074694791
    private static final long XXPRIME_2 = -4417276706812531889L; // 14029467366897019727
    private static final long XXPRIME_5 = 2870177450012600261L;

    private NumericHash() {
    }

    static long ofInt(PyInt n) {
        long h;
        if (!n.isBig()) {
            long v = n.value();
            if (v == Long.MIN_VALUE) {
                h = -BigInteger.valueOf(v).negate().mod(BIG_MODULUS).longValue();
            } else {
                h = v < 0 ? -((-v) % MODULUS) : v % MODULUS;
            }
        } else {
            BigInteger v = n.bigValue();
            long m = v.abs().mod(BIG_MODULUS).longValue();
            h = v.signum() < 0 ? -m : m;
        }
        return h == -1 ? -2 : h;
    }

    /** CPython's {@code _Py_HashDouble}; NaN hashes by identity, so its caller passes the object's own hash. */
    static long ofDouble(double v, long nanHash) {
        if (Double.isNaN(v)) {
            return nanHash;
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? INFINITY_HASH : -INFINITY_HASH;
        }
        int sign = 1;
        if (v < 0) {
            sign = -1;
            v = -v;
        }
        // frexp: v = m * 2**e with 0.5 <= m < 1.
        double m = v;
        int e = 0;
        if (m != 0) {
            int adjust = 0;
            if (Math.getExponent(m) < Double.MIN_EXPONENT) { // subnormal: scale into the normal range first
                m *= 0x1p54;
                adjust = -54;
            }
            e = Math.getExponent(m) + 1;
            m = Math.scalb(m, -e);
            e += adjust;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0; // 2**28
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** CPython 3.11's tuple hash (xxHash-based). */
    static long ofTuple(java.util.List<PyObject> items) {
        long acc = XXPRIME_5;
        for (PyObject item : items) {
            long lane = item.hash();
            acc += lane * XXPRIME_2;
            acc = (acc << 31) | (acc >>> 33);
            acc *= XXPRIME_1;
        }
        acc += items.size() ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }
}
