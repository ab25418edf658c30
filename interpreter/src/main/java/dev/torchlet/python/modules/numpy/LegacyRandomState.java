package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.random.MersenneTwister;

/**
 * NumPy's legacy {@code RandomState} stream (what {@code np.random.seed} drives): MT19937 seeded
 * by {@code init_genrand}, 53-bit doubles from two words, the polar Box–Muller gauss that caches its
 * second value, and masked rejection for bounded integers, so a seed draws NumPy 1.24's exact values.
 */
final class LegacyRandomState {
    private MersenneTwister twister;
    private boolean hasGauss;
    private double cachedGauss;

    LegacyRandomState(long seed) {
        seed(seed);
    }

    /** Reseeds like {@code RandomState.seed(int)}: a fresh twister and no cached gauss. */
    void seed(long seed) {
        twister = new MersenneTwister(seed);
        hasGauss = false;
        cachedGauss = 0.0;
    }

    long nextUnsigned32() {
        return twister.nextUnsigned32();
    }

    /** A double in [0, 1) from 27 + 26 random bits, as NumPy's {@code legacy_double}. */
    double randomSample() {
        long a = nextUnsigned32() >>> 5;
        long b = nextUnsigned32() >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** A standard normal draw: two per accepted polar pair, the second kept for the next call. */
    double gauss() {
        if (hasGauss) {
            hasGauss = false;
            return cachedGauss;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * randomSample() - 1.0;
            x2 = 2.0 * randomSample() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        cachedGauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /**
     * An integer in [0, range] by masked rejection (legacy {@code randint}): draw words, keep the low
     * bits under the smallest all-ones mask covering {@code range}, retry while above it. Ranges past
     * 32 bits take two words, high word first, as NumPy's 64-bit draw.
     */
    long boundedMasked(long range) {
        if (range == 0) {
            return 0;
        }
        long mask = range;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        if (Long.compareUnsigned(range, 0xffffffffL) <= 0) {
            long value;
            do {
                value = nextUnsigned32() & mask;
            } while (value > range);
            return value;
        }
        long value;
        do {
            long high = nextUnsigned32();
            long low = nextUnsigned32();
            value = ((high << 32) | low) & mask;
        } while (Long.compareUnsigned(value, range) > 0);
        return value;
    }
}
