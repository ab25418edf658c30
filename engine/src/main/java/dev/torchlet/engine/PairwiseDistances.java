package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;

/**
 * {@code cdist(x1, x2, p)}: the p-norm distance between every row of x1 and every row of x2, from
 * the broadcast difference of the two (so it runs on every device). PyTorch switches to a
 * matrix-product formula for p = 2 beyond 25 rows, which rounds differently in the last bits.
 */
public final class PairwiseDistances {
    private PairwiseDistances() {
    }

    public static Tensor cdist(Tensor x1, Tensor x2, double p) {
        if (p < 0) {
            throw TorchException.runtime("cdist only supports non-negative p values");
        }
        for (Tensor t : new Tensor[] {x1, x2}) {
            String which = t == x1 ? "X1" : "X2";
            if (t.dim() < 2) {
                throw TorchException.runtime("cdist only supports at least 2D tensors, " + which + " got: " + t.dim() + "D");
            }
            if (!t.dtype().isFloatingPoint()) {
                throw TorchException.runtime("cdist only supports floating-point dtypes, " + which + " got: " + ShapeOps.typeName(t.dtype()));
            }
        }
        if (x1.size(x1.dim() - 1) != x2.size(x2.dim() - 1)) {
            throw TorchException.runtime("X1 and X2 must have the same number of columns. X1: " + x1.size(x1.dim() - 1) + " X2: "
                    + x2.size(x2.dim() - 1));
        }
        Tensor diff = difference(x1.detach(), x2.detach());
        Tensor magnitude = diff.unary(UnaryOp.ABS);
        int last = diff.dim() - 1;
        Tensor r;
        if (p == 0) {
            r = Comparisons.compare(Comparisons.Comparison.NE, magnitude, Scalar.of(0L)).to(diff.dtype()).sum(new int[] {last}, false);
        } else if (p == 1) {
            r = magnitude.sum(new int[] {last}, false);
        } else if (p == 2) {
            r = magnitude.mul(magnitude).sum(new int[] {last}, false).unary(UnaryOp.SQRT);
        } else if (Double.isInfinite(p)) {
            r = ReducedExtremes.amax(magnitude, new int[] {last}, false);
        } else {
            r = magnitude.pow(Scalar.of(p)).sum(new int[] {last}, false).pow(Scalar.of(1 / p));
        }
        Tensor result = r;
        return Graph.record(result, "CdistBackward0", new Tensor[] {x1, x2, result}, g -> {
            Tensor d = difference(x1, x2);
            Tensor dist = ShapeOps.unsqueeze(result, -1);
            Tensor gk = ShapeOps.unsqueeze(g, -1);
            Tensor zero = Torch.full(new long[0], Scalar.of(0L), d.dtype());
            Tensor perElement;
            if (p == 0) {
                perElement = d.mul(Scalar.of(0L));
            } else if (p == 1) {
                perElement = gk.mul(d.unary(UnaryOp.SIGN));
            } else if (Double.isInfinite(p)) {
                Tensor atMax = Comparisons.eq(d.unary(UnaryOp.ABS), dist).to(d.dtype());
                perElement = gk.mul(d.unary(UnaryOp.SIGN)).mul(atMax);
            } else {
                // g · sign(d) |d|^(p−1) / dist^(p−1), and nothing where the distance is 0.
                Tensor scaled = p == 2 ? d.div(dist)
                        : d.unary(UnaryOp.SIGN).mul(d.unary(UnaryOp.ABS).pow(Scalar.of(p - 1))).div(dist.pow(Scalar.of(p - 1)));
                perElement = Torch.where(Comparisons.compare(Comparisons.Comparison.EQ, dist, Scalar.of(0L)), zero, gk.mul(scaled));
            }
            int rank = perElement.dim();
            return new Tensor[] {perElement.sum(new int[] {rank - 2}, false), perElement.sum(new int[] {rank - 3}, false).neg()};
        }, x1, x2);
    }

    /** x1[..., i, :] − x2[..., j, :] for every pair (i, j): shape (..., P, R, M). */
    private static Tensor difference(Tensor x1, Tensor x2) {
        return ShapeOps.unsqueeze(x1, x1.dim() - 1).sub(ShapeOps.unsqueeze(x2, x2.dim() - 2));
    }
}
