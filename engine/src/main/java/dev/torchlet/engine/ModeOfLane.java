package dev.torchlet.engine;

/**
 * mode's pick along one lane, as PyTorch's CPU kernel makes it: the (value, position) pairs are
 * sorted by value with {@code <}, then the first longest run of {@code ==} values wins and its
 * last pair gives the position. So ties go to the smallest value and the position is its last
 * occurrence as the sort leaves them ({@link IntroSort}, not stable); NaN equals nothing, so each
 * NaN is a run of one, placed where the sort leaves it.
 */
final class ModeOfLane {
    private ModeOfLane() {
    }

    static long position(double[] lane) {
        int n = lane.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        IntroSort.sort(lane, order);
        int best = 0;
        int bestRun = 0;
        int run = 0;
        for (int i = 0; i < n; i++) {
            run++;
            if (i == n - 1 || lane[order[i]] != lane[order[i + 1]]) {
                if (run > bestRun) {
                    bestRun = run;
                    best = order[i];
                }
                run = 0;
            }
        }
        return best;
    }
}
