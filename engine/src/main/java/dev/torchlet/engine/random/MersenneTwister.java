package dev.torchlet.engine.random;

/**
 * The 32-bit Mersenne Twister (MT19937) with the classic integer seeding, as PyTorch's CPU
 * generator uses it: the same seed gives the same stream of 32-bit words.
 */
public final class MersenneTwister {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    /** The words a {@link Snapshot} holds. */
    public static final int STATE_WORDS = N;

    private final int[] state = new int[N];
    // PyTorch's bookkeeping, kept as it is so a saved state reads the same: words left before the
    // next twist (a fresh seed leaves 1, so the first draw twists) and the index of the next word.
    private int left;
    private int next;

    public MersenneTwister(long seed) {
        state[0] = (int) seed;
        for (int j = 1; j < N; j++) {
            state[j] = 1812433253 * (state[j - 1] ^ (state[j - 1] >>> 30)) + j;
        }
        left = 1;
        next = 0;
    }

    /** The twister's whole state, as PyTorch's {@code get_state} records it. */
    public record Snapshot(int[] words, int left, int next) {
    }

    public Snapshot snapshot() {
        return new Snapshot(state.clone(), left, next);
    }

    /** A twister resumed from a snapshot; PyTorch's "Invalid mt19937 state" check is the caller's. */
    public MersenneTwister(Snapshot snapshot) {
        System.arraycopy(snapshot.words(), 0, state, 0, N);
        left = snapshot.left();
        next = snapshot.next();
    }

    /** Whether a restored position is one PyTorch accepts: 1..N words left, next index at most N. */
    public static boolean validPosition(long left, long next) {
        return left > 0 && left <= N && next >= 0 && next <= N;
    }

    /**
     * MT19937 seeded by the reference {@code init_by_array} from a key of 32-bit words, as CPython's
     * {@code random.seed(n)} seeds it (the words of |n|, least significant first).
     */
    public MersenneTwister(int[] key) {
        this(19650218L);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
        }
        state[0] = 0x80000000;
    }

    /** The next 32-bit output, as an unsigned value in a long. */
    public long nextUnsigned32() {
        // The second test only guards a hand-made state whose index runs past the words.
        if (--left == 0 || next >= N) {
            twist();
        }
        int y = state[next++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (state[i] & UPPER_MASK) | (state[(i + 1) % N] & LOWER_MASK);
            state[i] = state[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        left = N;
        next = 0;
    }
}
