package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;

/**
 * {@code std_mean}/{@code var_mean}: the spread and the mean in one call. The values are std/var's
 * and mean's; both results record PyTorch's single node name (StdMeanBackward0 / VarMeanBackward0),
 * each with its own derivative written in tensor ops.
 */
public final class MomentPairs {
    private MomentPairs() {
    }

    /** {@code (std, mean)} over {@code dim} (null: everything). */
    public static Tensor[] stdMean(Tensor t, Integer dim, long correction, boolean keepdim) {
        return pair(t, dim, correction, keepdim, true);
    }

    /** {@code (var, mean)} over {@code dim} (null: everything). */
    public static Tensor[] varMean(Tensor t, Integer dim, long correction, boolean keepdim) {
        return pair(t, dim, correction, keepdim, false);
    }

    private static Tensor[] pair(Tensor t, Integer dim, long correction, boolean keepdim, boolean std) {
        Tensor x = t.detach();
        Tensor spread = std ? Statistics.std(x, dim, correction, keepdim) : Statistics.var(x, dim, correction, keepdim);
        Tensor mean = dim == null ? (keepdim ? x.mean(allDims(x), true) : x.mean()) : x.mean(new int[] {dim}, keepdim);
        String node = std ? "StdMeanBackward0" : "VarMeanBackward0";
        long count = dim == null ? t.numel() : t.dim() == 0 ? 1 : t.size(Dims.wrap(dim, t.dim()));
        Tensor spreadResult = Graph.record(spread, node, new Tensor[] {t, spread}, g -> {
            // d var = 2 (x - mean) / (N - correction); d std = d var / (2 std).
            Tensor centered = t.sub(t.mean(reducedDims(t, dim), true));
            Tensor d = centered.mul(kept(g, t, dim)).div(Scalar.of(count - correction));
            return new Tensor[] {std ? d.div(kept(spread, t, dim)) : d.mul(Scalar.of(2L))};
        }, t);
        Tensor meanResult = Graph.record(mean, node, g -> new Tensor[] {
            Torch.full(t.shape(), Scalar.of(0L), g.dtype(), g.device()).add(kept(g, t, dim).div(Scalar.of(count)))}, t);
        return new Tensor[] {spreadResult, meanResult};
    }

    /** A reduced result reshaped to keep its reduced dims (size 1), so it broadcasts against the input. */
    private static Tensor kept(Tensor reduced, Tensor t, Integer dim) {
        boolean[] dims = new boolean[t.dim()];
        for (int d : reducedDims(t, dim)) {
            dims[d] = true;
        }
        return reduced.reshape(Reductions.resultShape(t.shape(), dims, true));
    }

    private static int[] reducedDims(Tensor t, Integer dim) {
        if (dim != null) {
            return t.dim() == 0 ? new int[0] : new int[] {Dims.wrap(dim, t.dim())};
        }
        return allDims(t);
    }

    private static int[] allDims(Tensor t) {
        int[] all = new int[t.dim()];
        for (int d = 0; d < all.length; d++) {
            all[d] = d;
        }
        return all;
    }
}
