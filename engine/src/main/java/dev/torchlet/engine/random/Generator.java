package dev.torchlet.engine.random;

import dev.torchlet.engine.Float32;
import dev.torchlet.engine.Float64;
import dev.torchlet.engine.TorchException;

/**
 * PyTorch's CPU random generator ({@code torch.Generator}), reproducing its streams bit for
 * bit: uniform floats from 24 (float32) or 53 (float64) random bits, normal samples by
 * Box–Muller — per element with a cached second sample below 16 float32 elements or for
 * float64, and in blocks of 16 at or above 16 float32 elements (PyTorch's vectorised path).
 */
public final class Generator {
    private static final long DEFAULT_SEED = 67280421310721L;
    private static final Generator DEFAULT = new Generator(DEFAULT_SEED);
    private static final double TWO_POW_MINUS_24 = 1.0 / (1 << 24);
    private static final double TWO_POW_MINUS_53 = 1.0 / (1L << 53);
    private static final int NORMAL_BLOCK = 16;

    private MersenneTwister engine;
    private long initialSeed;
    private boolean hasCachedNormal;
    private double cachedNormal;
    // PyTorch keeps a float32 normal sample too; no kernel here draws one, but a restored state keeps it.
    private boolean hasCachedFloatNormal;
    private float cachedFloatNormal;

    public Generator(long seed) {
        manualSeed(seed);
    }

    /** The generator random ops draw from now: the default one, or one given with {@code generator=}. */
    private static Generator current = DEFAULT;

    /** The generator behind {@code torch.rand}, … (the process-wide one unless {@link #drawingFrom} says otherwise). */
    public static Generator defaultGenerator() {
        return current;
    }

    /** The process-wide generator that {@code torch.manual_seed} seeds ({@code torch.default_generator}). */
    public static Generator processDefault() {
        return DEFAULT;
    }

    /**
     * Runs a random op with {@code generator} in place of the default one ({@code generator=g}), so
     * every random function takes a generator without a second signature.
     */
    public static <T> T drawingFrom(Generator generator, java.util.function.Supplier<T> op) {
        Generator previous = current;
        current = generator;
        try {
            return op.get();
        } finally {
            current = previous;
        }
    }

    /** {@code torch.manual_seed(seed)}: restarts the stream (and forgets a cached normal sample). */
    public Generator manualSeed(long seed) {
        engine = new MersenneTwister(seed);
        initialSeed = seed;
        hasCachedNormal = false;
        hasCachedFloatNormal = false;
        return this;
    }

    /** {@code get_state()}: where the stream stands, as PyTorch serialises it (see {@link GeneratorState}). */
    public GeneratorState state() {
        return new GeneratorState(initialSeed, engine.snapshot(), hasCachedNormal, cachedNormal, hasCachedFloatNormal,
                cachedFloatNormal);
    }

    /** {@code set_state(state)}: continues the stream from a saved state (its initial seed included). */
    public void restore(GeneratorState state) {
        engine = new MersenneTwister(state.twister());
        initialSeed = state.initialSeed();
        hasCachedNormal = state.hasDoubleNormal();
        cachedNormal = state.doubleNormal();
        hasCachedFloatNormal = state.hasFloatNormal();
        cachedFloatNormal = state.floatNormal();
    }

    public long initialSeed() {
        return initialSeed;
    }

    private long random32() {
        return engine.nextUnsigned32();
    }

    /** Two 32-bit words, the first as the high half. */
    private long random64() {
        long high = random32();
        long low = random32();
        return (high << 32) | low;
    }

    /**
     * {@code torch.empty((), dtype=torch.int64).random_()}: one 64-bit draw reduced to 0..2**63-1,
     * how PyTorch's samplers and DataLoader draw a fresh seed.
     */
    public long randomInt64() {
        return random64() & Long.MAX_VALUE;
    }

    private float uniformFloat() {
        return (float) ((random32() & ((1 << 24) - 1)) * TWO_POW_MINUS_24);
    }

    private double uniformDouble() {
        return (random64() & ((1L << 53) - 1)) * TWO_POW_MINUS_53;
    }

    /**
     * {@code torch.rand}/{@code uniform_(from, to)} for float32, as PyTorch's uniform_real: the bounds
     * cast to float and their float difference, then {@code x * (to - from) + from} in double (one
     * fused multiply-add: the kernel is built with FMA contraction), rounded to float.
     */
    public void fillUniform(float[] out, int offset, int count, double from, double to) {
        float low = Float32.round(from);
        float span = Float32.round(Float32.round(to) - low);
        for (int i = 0; i < count; i++) {
            double x = uniformFloat();
            out[offset + i] = Float32.round(Float64.fma(x, span, low));
        }
    }

    /** {@code torch.rand}/{@code uniform_(from, to)} for float64: {@code x * (to - from) + from}, fused. */
    public void fillUniform(double[] out, int offset, int count, double from, double to) {
        for (int i = 0; i < count; i++) {
            double x = uniformDouble();
            out[offset + i] = Float64.fma(x, to - from, from);
        }
    }

    /**
     * {@code torch.randint(low, high)}/{@code random_(low, high)}: one 32-bit draw per element when
     * {@code high - low} fits in 32 bits, else one 64-bit draw; the draw modulo the range, plus low.
     */
    public void fillRandint(long[] out, int offset, int count, long low, long high) {
        if (high <= low) {
            throw TorchException.runtime("random_ expects 'from' to be less than 'to', but got from=" + low + " >= to=" + high);
        }
        fillRandomRange(out, offset, count, low, high - low);
    }

    /**
     * {@code low + draw % range} per element, {@code range} read as unsigned: one 32-bit draw when
     * it fits in 32 bits, else one 64-bit draw; a range of 0 stands for all 2**64 values: the
     * 64-bit draw as it is, without {@code low} (PyTorch's {@code random_(-2**63, None)} on int64).
     */
    public void fillRandomRange(long[] out, int offset, int count, long low, long range) {
        boolean wide = range == 0 || Long.compareUnsigned(range, 1L << 32) >= 0;
        for (int i = 0; i < count; i++) {
            long bits = wide ? random64() : random32();
            out[offset + i] = range == 0 ? bits : low + Long.remainderUnsigned(bits, range);
        }
    }

    /** {@code torch.randperm(n)}: a forward Fisher–Yates shuffle of 0..n-1, one 32-bit draw per swap. */
    public long[] randperm(int n) {
        if (n < 0) {
            throw TorchException.runtime("Trying to create tensor with negative dimension " + n + ": [" + n + "]");
        }
        long[] permutation = new long[n];
        for (int i = 0; i < n; i++) {
            permutation[i] = i;
        }
        for (int i = 0; i < n - 1; i++) {
            int swapWith = i + (int) (random32() % (n - i));
            long kept = permutation[i];
            permutation[i] = permutation[swapWith];
            permutation[swapWith] = kept;
        }
        return permutation;
    }

    /** {@code torch.randn}/{@code normal_(mean, std)} for float32. */
    public void fillNormal(float[] out, int offset, int count, double mean, double std) {
        if (count < NORMAL_BLOCK) {
            for (int i = 0; i < count; i++) {
                out[offset + i] = (float) nextNormal(mean, std);
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            out[offset + i] = uniformFloat();
        }
        for (int start : blockStarts(count)) {
            if (start == count - NORMAL_BLOCK && count % NORMAL_BLOCK != 0) {
                for (int i = 0; i < NORMAL_BLOCK; i++) {
                    out[offset + start + i] = uniformFloat();
                }
            }
            boxMullerBlock(out, offset + start, Float32.round(mean), Float32.round(std));
        }
    }

    /** {@code torch.randn}/{@code normal_(mean, std)} for float64. */
    public void fillNormal(double[] out, int offset, int count, double mean, double std) {
        if (count < NORMAL_BLOCK) {
            for (int i = 0; i < count; i++) {
                out[offset + i] = nextNormal(mean, std);
            }
            return;
        }
        for (int i = 0; i < count; i++) {
            out[offset + i] = uniformDouble();
        }
        for (int start : blockStarts(count)) {
            if (start == count - NORMAL_BLOCK && count % NORMAL_BLOCK != 0) {
                for (int i = 0; i < NORMAL_BLOCK; i++) {
                    out[offset + start + i] = uniformDouble();
                }
            }
            boxMullerBlock(out, offset + start, mean, std);
        }
    }

    /**
     * PyTorch's block path for 16+ elements: every element first gets a uniform, then each full
     * block of 16 is transformed; a ragged tail redraws the last 16 elements and transforms them.
     */
    private static int[] blockStarts(int count) {
        int full = count / NORMAL_BLOCK;
        boolean ragged = count % NORMAL_BLOCK != 0;
        int[] starts = new int[full + (ragged ? 1 : 0)];
        for (int b = 0; b < full; b++) {
            starts[b] = b * NORMAL_BLOCK;
        }
        if (ragged) {
            starts[full] = count - NORMAL_BLOCK;
        }
        return starts;
    }

    /** One Box–Muller sample in double precision; the pair's second sample is kept for the next call. */
    private double nextNormal(double mean, double std) {
        if (hasCachedNormal) {
            hasCachedNormal = false;
            return cachedNormal * std + mean;
        }
        double u1 = uniformDouble();
        double u2 = uniformDouble();
        double radius = Math.sqrt(-2.0 * Math.log(1.0 - u2));
        double theta = 2.0 * Math.PI * u1;
        cachedNormal = radius * Math.sin(theta);
        hasCachedNormal = true;
        return radius * Math.cos(theta) * std + mean;
    }

    /** Box–Muller over 16 float32 uniforms, in float with PyTorch's AVX2 math (see CephesFloatMath). */
    private static void boxMullerBlock(float[] data, int start, float mean, float std) {
        int half = NORMAL_BLOCK / 2;
        float twoPi = Float32.round(2.0 * Math.PI);
        for (int j = 0; j < half; j++) {
            float u1 = 1 - data[start + j];
            float u2 = data[start + j + half];
            float radius = Float32.round(Math.sqrt(-2f * CephesFloatMath.log(u1)));
            float[] sinCos = CephesFloatMath.sinCos(Float32.round(twoPi * u2));
            // PyTorch fuses (n * std + mean) into one FMA rounding.
            data[start + j] = CephesFloatMath.fma(Float32.round(radius * sinCos[1]), std, mean);
            data[start + j + half] = CephesFloatMath.fma(Float32.round(radius * sinCos[0]), std, mean);
        }
    }

    /** Box–Muller over 16 float64 uniforms, in double. */
    private static void boxMullerBlock(double[] data, int start, double mean, double std) {
        int half = NORMAL_BLOCK / 2;
        for (int j = 0; j < half; j++) {
            double u1 = 1 - data[start + j];
            double u2 = data[start + j + half];
            double radius = Math.sqrt(-2 * Math.log(u1));
            double theta = 2.0 * Math.PI * u2;
            data[start + j] = radius * Math.cos(theta) * std + mean;
            data[start + j + half] = radius * Math.sin(theta) * std + mean;
        }
    }
}
