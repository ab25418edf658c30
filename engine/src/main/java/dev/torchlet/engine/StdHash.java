package dev.torchlet.engine;

/**
 * The hash codes of GCC's libstdc++ {@code std::hash} (64-bit), which PyTorch's CPU kernels get
 * whenever they put tensor elements into a standard hash container: an integer is its own hash
 * (sign-extended to 64 bits), a float or double hashes its bytes with libstdc++'s Murmur-style
 * byte hash, except that both zeros hash to 0 so that 0.0 and -0.0 (which compare equal) meet.
 */
final class StdHash {
    private static final long MULTIPLIER = 0xc6a4a7935bd1e995L;
    private static final long SEED = 0xc70f6907L;

    private StdHash() {
    }

    static long ofLong(long value) {
        return value;
    }

    static long ofFloat(float value) {
        return value == 0 ? 0 : ofBytes(Float.floatToRawIntBits(value) & 0xffffffffL, 4);
    }

    static long ofDouble(double value) {
        return value == 0 ? 0 : ofBytes(Double.doubleToRawLongBits(value), 8);
    }

    /**
     * The byte hash of {@code length} (4 or 8) little-endian bytes held in {@code bytes}: an
     * 8-byte value is mixed as one whole word, a shorter one as the tail.
     */
    private static long ofBytes(long bytes, int length) {
        long hash = SEED ^ (length * MULTIPLIER);
        if (length == 8) {
            hash ^= shiftMix(bytes * MULTIPLIER) * MULTIPLIER;
        } else {
            hash ^= bytes;
        }
        hash *= MULTIPLIER;
        return shiftMix(shiftMix(hash) * MULTIPLIER);
    }

    private static long shiftMix(long v) {
        return v ^ (v >>> 47);
    }
}
