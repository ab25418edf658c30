package dev.torchlet.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code diff(n, dim, prepend, append)}: the n-th forward difference along a dim, as PyTorch
 * composes it: each step subtracts a slice from the slice one further on (logical_xor for bool),
 * so its gradient is SubBackward0's and it runs wherever slices and subtraction run.
 */
public final class Differences {
    private Differences() {
    }

    /** {@code prepend}/{@code append} may be null; they are joined to the input along {@code dim} first. */
    public static Tensor diff(Tensor t, long n, int dim, Tensor prepend, Tensor append) {
        if (t.dim() == 0) {
            throw TorchException.runtime("diff expects input to be at least one-dimensional");
        }
        int d = Dims.wrap(dim, t.dim());
        Tensor r = t;
        if (prepend != null || append != null) {
            List<Tensor> parts = new ArrayList<>();
            for (Tensor part : new Tensor[] {prepend, t, append}) {
                if (part != null) {
                    parts.add(part);
                }
            }
            r = Joins.cat(parts, d);
        }
        for (long step = 0; step < n && r.size(d) > 0; step++) {
            long length = r.size(d) - 1;
            Tensor later = r.slice(d, 1L, length + 1, 1);
            Tensor earlier = r.slice(d, 0L, length, 1);
            r = r.dtype() == DType.BOOL ? Comparisons.logical(Comparisons.Logical.XOR, later, earlier) : later.sub(earlier);
        }
        return r;
    }
}
