package dev.torchlet.engine.data;

import dev.torchlet.engine.random.Generator;

/**
 * The random choices of PyTorch 1.13's {@code torch.utils.data}, drawn exactly as it draws them so a
 * seeded program shuffles like PyTorch: each DataLoader iterator first draws a base seed from the
 * global generator; a {@code RandomSampler} without a generator then draws a seed, seeds a fresh
 * generator with it and takes {@code randperm(n)} from that; {@code random_split} and
 * {@code SubsetRandomSampler} take {@code randperm} from the global generator.
 */
public final class Sampling {
    private Sampling() {
    }

    /** {@code torch.empty((), dtype=torch.int64).random_(generator=g)}; the global generator when g is null. */
    public static long drawSeed(Generator g) {
        return (g != null ? g : Generator.defaultGenerator()).randomInt64();
    }

    /** {@code torch.randperm(n, generator=g)} as a list of indices; the global generator when g is null. */
    public static long[] permutation(int n, Generator g) {
        return (g != null ? g : Generator.defaultGenerator()).randperm(n);
    }

    /** {@code torch.randint(high=n, size=(count,), generator=g)}: sampling with replacement. */
    public static long[] withReplacement(int n, int count, Generator g) {
        long[] drawn = new long[count];
        (g != null ? g : Generator.defaultGenerator()).fillRandint(drawn, 0, count, 0, n);
        return drawn;
    }
}
