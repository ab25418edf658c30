package dev.torchlet.python.modules.random;

import dev.torchlet.engine.random.MersenneTwister;
import java.math.BigInteger;

/**
 * CPython's {@code random.Random}: the engine's MT19937 seeded by {@code init_by_array}, with
 * CPython's derivations ({@code random()} from two words, {@code getrandbits}, rejection-sampled
 * {@code _randbelow}, {@code gauss} with its cached second value), so a seeded program draws
 * exactly CPython's numbers.
 */
final class PythonRandom {
    private MersenneTwister twister;
    private Double gaussNext;

    PythonRandom() {
        seed(BigInteger.valueOf(System.currentTimeMillis()));
    }

    /** {@code seed(n)}: the 32-bit words of |n|, least significant first (one zero word for 0). */
    void seed(BigInteger n) {
        BigInteger magnitude = n.abs();
        int words = Math.max(1, (magnitude.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = magnitude.shiftRight(32 * i).intValue();
        }
        twister = new MersenneTwister(key);
        gaussNext = null;
    }

    private long next32() {
        return twister.nextUnsigned32();
    }

    /** A float in [0, 1) with 53 random bits. */
    double random() {
        long a = next32() >>> 5;
        long b = next32() >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code getrandbits(k)}: 32-bit words filled least significant first; the last word keeps its top bits. */
    BigInteger getRandBits(int k) {
        if (k <= 32) {
            return BigInteger.valueOf(next32() >>> (32 - k));
        }
        BigInteger result = BigInteger.ZERO;
        int shift = 0;
        for (int remaining = k; remaining > 0; remaining -= 32) {
            long word = next32();
            if (remaining < 32) {
                word >>>= 32 - remaining;
            }
            result = result.or(BigInteger.valueOf(word).shiftLeft(shift));
            shift += 32;
        }
        return result;
    }

    /** {@code _randbelow(n)} for n > 0: getrandbits(n.bit_length()) until below n. */
    BigInteger randBelow(BigInteger n) {
        int k = n.bitLength();
        BigInteger r = getRandBits(k);
        while (r.compareTo(n) >= 0) {
            r = getRandBits(k);
        }
        return r;
    }

    int randBelow(int n) {
        return randBelow(BigInteger.valueOf(n)).intValue();
    }

    double gauss(double mu, double sigma) {
        Double z = gaussNext;
        gaussNext = null;
        if (z == null) {
            double x2pi = random() * (2 * Math.PI);
            double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random()));
            z = Math.cos(x2pi) * g2rad;
            gaussNext = Math.sin(x2pi) * g2rad;
        }
        return mu + z * sigma;
    }

    /** Kinderman and Monahan's ratio method, as CPython's normalvariate. */
    double normalVariate(double mu, double sigma) {
        double magic = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
        double z;
        while (true) {
            double u1 = random();
            double u2 = 1.0 - random();
            z = magic * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Math.log(u2)) {
                break;
            }
        }
        return mu + z * sigma;
    }
}
