package dev.torchlet.engine;

/** {@code count_nonzero(dim)}: how many elements differ from zero (int64), as a comparison and a sum. */
public final class NonzeroCount {
    private NonzeroCount() {
    }

    /** An empty {@code dims} counts over the whole tensor. */
    public static Tensor countNonzero(Tensor t, int[] dims) {
        boolean[] reduced = ReducedExtremes.reduced(t, dims, "count_nonzero");
        Tensor nonzero = Comparisons.compare(Comparisons.Comparison.NE, t.detach(), Scalar.of(0L)).to(DType.INT64);
        if (dims.length == 0 || t.dim() == 0) {
            return nonzero.sum();
        }
        return nonzero.sum(ReducedExtremes.reducedList(reduced), false);
    }
}
