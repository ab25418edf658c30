package dev.torchlet.engine;

/**
 * {@code unique()} over all elements of a non-bool tensor, as PyTorch 1.13 computes it on the CPU:
 * the distinct values in the iteration order of a libstdc++ {@code std::unordered_set} filled with
 * the elements in row-major order ({@link HashSetOrder}, hashed by {@link StdHash}) — the order of
 * sorted=False —, then, for sorted=True, ordered by {@code std::sort} ({@link IntroSort}, move for
 * move, so NaN values land where PyTorch's do). Of equal values (0.0 and -0.0 included) the first
 * element's stays; every NaN is a value of its own. The inverse and the counts come from
 * PyTorch's lookups by value, which never find a NaN: an element that is NaN gets inverse 0, and
 * a NaN value count 0. (A bool tensor is not hashed: its values are always ascending.)
 */
final class HashSetUnique {
    private HashSetUnique() {
    }

    /** Values, inverse (of {@code t}'s shape) and counts; not yet recorded for autograd. */
    static OrderStatistics.Unique of(Tensor t, boolean sorted) {
        Tensor source = t.detach().contiguous();
        int n = Math.toIntExact(source.numel());
        long[] hashes = new long[n];
        HashSetOrder.ElementsEqual equal;
        if (source.dtype() == DType.FLOAT32) {
            float[] v = new float[n];
            for (int k = 0; k < n; k++) {
                v[k] = (float) source.doubleAt(k);
                hashes[k] = StdHash.ofFloat(v[k]);
            }
            equal = (a, b) -> v[a] == v[b];
        } else if (source.dtype().isFloatingPoint()) {
            double[] v = new double[n];
            for (int k = 0; k < n; k++) {
                v[k] = source.doubleAt(k);
                hashes[k] = StdHash.ofDouble(v[k]);
            }
            equal = (a, b) -> v[a] == v[b];
        } else {
            long[] v = new long[n];
            for (int k = 0; k < n; k++) {
                v[k] = source.longAt(k);
                hashes[k] = StdHash.ofLong(v[k]);
            }
            equal = (a, b) -> v[a] == v[b];
        }
        HashSetOrder.Insertion set = HashSetOrder.insertAll(hashes, equal);
        int distinct = set.iteration().length;
        int[] order = set.iteration().clone();
        if (sorted) {
            double[] keys = new double[distinct];
            for (int node = 0; node < distinct; node++) {
                keys[node] = source.doubleAt(set.firstElementOfNode()[node]);
            }
            IntroSort.sort(keys, order);
        }
        Tensor values = Tensor.empty(new long[] {distinct}, source.dtype());
        int[] positionOfNode = new int[distinct];
        for (int i = 0; i < distinct; i++) {
            int node = order[i];
            positionOfNode[node] = i;
            int first = set.firstElementOfNode()[node];
            if (source.dtype().isFloatingPoint()) {
                values.storage().setDouble(i, source.doubleAt(first));
            } else {
                values.storage().setLong(i, source.longAt(first));
            }
        }
        Tensor inverse = Tensor.empty(t.shape(), DType.INT64);
        long[] counts = new long[distinct];
        for (int k = 0; k < n; k++) {
            boolean findable = equal.test(k, k);
            int position = positionOfNode[set.nodeOfElement()[k]];
            inverse.storage().setLong(k, findable ? position : 0);
            counts[position] += findable ? 1 : 0;
        }
        Tensor countTensor = Tensor.empty(new long[] {distinct}, DType.INT64);
        for (int i = 0; i < distinct; i++) {
            countTensor.storage().setLong(i, counts[i]);
        }
        return new OrderStatistics.Unique(values, inverse, countTensor);
    }
}
