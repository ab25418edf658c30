package dev.torchlet.engine.random;

import dev.torchlet.engine.TorchException;

/**
 * A CPU generator's state as the bytes of PyTorch's {@code get_state()} (5056, little-endian):
 * initial seed (int64), words left before the next twist (int32), seeded flag (int32), next word
 * index (uint64), the 624 twister words (each widened to uint64), three doubles of which the
 * middle one is the cached float64 normal sample, its valid flag (int32, then 4 zero bytes), the
 * cached float32 normal sample and its valid flag (then 3 zero bytes). {@code set_state} also
 * takes the older 5048-byte form, whose cache is the second sample of a Box–Muller pair
 * (ρ·sin 2πx from the first and third doubles) and which has no float cache.
 */
public record GeneratorState(long initialSeed, MersenneTwister.Snapshot twister, boolean hasDoubleNormal,
        double doubleNormal, boolean hasFloatNormal, float floatNormal) {

    public static final int SIZE = 5056;
    public static final int LEGACY_SIZE = 5048;
    private static final int WORDS_AT = 24;
    private static final int DOUBLES_AT = WORDS_AT + MersenneTwister.STATE_WORDS * 8;
    private static final int DOUBLE_VALID_AT = DOUBLES_AT + 24;
    private static final int FLOAT_AT = LEGACY_SIZE;

    public byte[] toBytes() {
        byte[] bytes = new byte[SIZE];
        put(bytes, 0, initialSeed, 8);
        put(bytes, 8, twister.left(), 4);
        put(bytes, 12, 1, 4);
        put(bytes, 16, twister.next(), 8);
        int[] words = twister.words();
        for (int i = 0; i < words.length; i++) {
            put(bytes, WORDS_AT + 8 * i, words[i] & 0xffffffffL, 8);
        }
        if (hasDoubleNormal) {
            put(bytes, DOUBLES_AT + 8, Double.doubleToRawLongBits(doubleNormal), 8);
            put(bytes, DOUBLE_VALID_AT, 1, 4);
        }
        if (hasFloatNormal) {
            put(bytes, FLOAT_AT, Float.floatToRawIntBits(floatNormal), 4);
            bytes[FLOAT_AT + 4] = 1;
        }
        return bytes;
    }

    /** Reads either layout, with PyTorch's errors for a wrong size or an impossible twister position. */
    public static GeneratorState fromBytes(byte[] bytes) {
        if (bytes.length != SIZE && bytes.length != LEGACY_SIZE) {
            throw TorchException.runtime("Expected either a CPUGeneratorImplStateLegacy of size " + LEGACY_SIZE
                    + " or a CPUGeneratorImplState of size " + SIZE + " but found the input RNG state size to be "
                    + bytes.length);
        }
        long left = (int) get(bytes, 8, 4);
        boolean seeded = get(bytes, 12, 4) != 0;
        long next = get(bytes, 16, 8) & 0xffffffffL;
        if (!seeded || !MersenneTwister.validPosition(left, next)) {
            throw TorchException.runtime("Invalid mt19937 state");
        }
        int[] words = new int[MersenneTwister.STATE_WORDS];
        for (int i = 0; i < words.length; i++) {
            words[i] = (int) get(bytes, WORDS_AT + 8 * i, 4);
        }
        boolean hasDouble = get(bytes, DOUBLE_VALID_AT, 4) != 0;
        double cached;
        if (bytes.length == LEGACY_SIZE) {
            double x = Double.longBitsToDouble(get(bytes, DOUBLES_AT, 8));
            double rho = Double.longBitsToDouble(get(bytes, DOUBLES_AT + 16, 8));
            cached = rho * Math.sin(2.0 * Math.PI * x);
        } else {
            cached = Double.longBitsToDouble(get(bytes, DOUBLES_AT + 8, 8));
        }
        boolean hasFloat = bytes.length == SIZE && bytes[FLOAT_AT + 4] != 0;
        float cachedFloat = hasFloat ? Float.intBitsToFloat((int) get(bytes, FLOAT_AT, 4)) : 0f;
        return new GeneratorState(get(bytes, 0, 8), new MersenneTwister.Snapshot(words, (int) left, (int) next),
                hasDouble, hasDouble ? cached : 0, hasFloat, cachedFloat);
    }

    private static void put(byte[] bytes, int at, long value, int width) {
        for (int i = 0; i < width; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }

    private static long get(byte[] bytes, int at, int width) {
        long value = 0;
        for (int i = 0; i < width; i++) {
            value |= (bytes[at + i] & 0xffL) << (8 * i);
        }
        return value;
    }
}
