package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;

/**
 * {@code amax}/{@code amin} over any set of dims and {@code aminmax}: the largest (smallest) values
 * without their indices. Each reduced dim is taken in turn by {@code max(dim)}/{@code min(dim)} (so
 * every device that runs those runs these). Unlike {@code max(dim)}, amax's gradient is shared
 * evenly among the elements tied for the extremum, as in PyTorch.
 */
public final class ReducedExtremes {
    private ReducedExtremes() {
    }

    /** {@code amax(dim, keepdim)}; an empty {@code dims} reduces over every dim. */
    public static Tensor amax(Tensor t, int[] dims, boolean keepdim) {
        return extremum(t, dims, keepdim, true, "amax", "AmaxBackward0");
    }

    public static Tensor amin(Tensor t, int[] dims, boolean keepdim) {
        return extremum(t, dims, keepdim, false, "amin", "AminBackward0");
    }

    /**
     * {@code aminmax(dim=None, keepdim=False)}: the minimum and the maximum. PyTorch 1.13 has no
     * derivative for it: its results carry a NotImplemented grad_fn whose backward fails.
     */
    public static Tensor[] aminmax(Tensor t, Integer dim, boolean keepdim) {
        if (t.numel() == 0) {
            throw TorchException.runtime("aminmax(): cannot compute aminmax over an empty dimension as the operation has no identity.");
        }
        if (dim != null && t.dim() > 0 && t.size(Dims.wrap(dim, t.dim())) == 0) {
            throw TorchException.runtime("aminmax(): cannot compute aminmax over an empty dimension as the operation has no identity.");
        }
        int[] dims = dim == null ? new int[0] : new int[] {dim};
        Tensor min = values(t, reduced(t, dims, "aminmax"), keepdim, false);
        Tensor max = values(t, reduced(t, dims, "aminmax"), keepdim, true);
        dev.torchlet.engine.autograd.Node.Rule notImplemented = g -> {
            throw TorchException.runtime("derivative for aten::aminmax is not implemented");
        };
        return new Tensor[] {Graph.record(min, "NotImplemented", notImplemented, t), Graph.record(max, "NotImplemented", notImplemented, t)};
    }

    private static Tensor extremum(Tensor t, int[] dims, boolean keepdim, boolean largest, String name, String gradFn) {
        boolean[] reduced = reduced(t, dims, name);
        if (t.numel() == 0 && dims.length == 0) {
            throw TorchException.runtime(name + "(): Expected reduction dim to be specified for input.numel() == 0. "
                    + "Specify the reduction dim with the 'dim' argument.");
        }
        for (int d = 0; d < t.dim(); d++) {
            if (reduced[d] && t.size(d) == 0) {
                throw new TorchException(TorchException.Kind.INDEX_ERROR, name + "(): Expected reduction dim " + d + " to have non-zero size.");
            }
        }
        Tensor result = values(t, reduced, keepdim, largest);
        Tensor kept = keepdim ? result : result.reshape(Reductions.resultShape(t.shape(), reduced, true));
        return Graph.record(result, gradFn, new Tensor[] {t, result}, g -> {
            // Ties share the gradient: grad / (number of elements equal to the extremum), at each of them.
            Tensor hits = Comparisons.eq(t, kept).to(g.dtype());
            Tensor gKept = keepdim ? g : g.reshape(Reductions.resultShape(t.shape(), reduced, true));
            return new Tensor[] {gKept.div(hits.sum(reducedList(reduced), true)).mul(hits)};
        }, t);
    }

    /** The extremum along every reduced dim, last dim first, each by max(dim)/min(dim) with keepdim. */
    private static Tensor values(Tensor t, boolean[] reduced, boolean keepdim, boolean largest) {
        Tensor r = t.detach();
        for (int d = t.dim() - 1; d >= 0; d--) {
            if (reduced[d]) {
                r = (largest ? Extrema.max(r, d, true) : Extrema.min(r, d, true)).values();
            }
        }
        return keepdim ? r : r.reshape(Reductions.resultShape(t.shape(), reduced, false));
    }

    /** Which dims a dim list names (all of them when it is empty); PyTorch's error for a repeated dim. */
    static boolean[] reduced(Tensor t, int[] dims, String name) {
        int rank = Math.max(t.dim(), 1);
        boolean[] reduced = new boolean[t.dim()];
        if (dims.length == 0) {
            java.util.Arrays.fill(reduced, true);
            return reduced;
        }
        boolean[] seen = new boolean[rank];
        for (int dim : dims) {
            int d = Dims.wrap(dim, t.dim());
            if (seen[d]) {
                throw TorchException.runtime("dim " + d + " appears multiple times in the list of dims");
            }
            seen[d] = true;
            if (t.dim() > 0) {
                reduced[d] = true;
            }
        }
        return reduced;
    }

    /** The indices of the reduced dims. */
    static int[] reducedList(boolean[] reduced) {
        int count = 0;
        for (boolean r : reduced) {
            count += r ? 1 : 0;
        }
        int[] dims = new int[count];
        for (int d = 0, k = 0; d < reduced.length; d++) {
            if (reduced[d]) {
                dims[k++] = d;
            }
        }
        return dims;
    }
}
