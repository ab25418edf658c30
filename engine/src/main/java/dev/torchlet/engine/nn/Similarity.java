package dev.torchlet.engine.nn;

import dev.torchlet.engine.Clamping;
import dev.torchlet.engine.DType;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Statistics;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.TypePromotion;
import dev.torchlet.engine.UnaryOp;
import dev.torchlet.engine.autograd.Graph;

/**
 * {@code F.cosine_similarity} and {@code F.pairwise_distance}, composed from tensor ops as PyTorch 1.13
 * composes them (so they run on any device and record the same grad_fns).
 */
public final class Similarity {
    private Similarity() {
    }

    /**
     * Σ (x1/‖x1‖)·(x2/‖x2‖) along dim, the operands broadcast first; each norm is at least eps (PyTorch clamps
     * the squared norm to eps² without recording it, so the gradient flows as through sqrt).
     * grad_fns: SumBackward1 ← MulBackward0 ← DivBackward0 ← (ExpandBackward0, SqrtBackward0 ← SumBackward1 ← PowBackward0).
     */
    public static Tensor cosineSimilarity(Tensor x1, Tensor x2, int dim, double eps) {
        DType common = TypePromotion.promote(x1.dtype(), x2.dtype());
        if (!common.isFloatingPoint()) {
            throw TorchException.runtime("expected common dtype to be floating point, yet common dtype is " + ShapeOps.typeName(common));
        }
        long[] shape = ShapeOps.broadcastShapes(x1.shape(), x2.shape());
        Tensor a = ShapeOps.expand(x1.to(common), shape);
        Tensor b = ShapeOps.expand(x2.to(common), shape);
        Tensor unitA = a.div(clampedNorm(a, dim, eps));
        Tensor unitB = b.div(clampedNorm(b, dim, eps));
        return unitA.mul(unitB).sum(dim, false);
    }

    /** √max(Σx², eps²) along dim (kept), recorded as the SqrtBackward0 of the unclamped sum. */
    private static Tensor clampedNorm(Tensor x, int dim, double eps) {
        Tensor squared = x.pow(Scalar.of(2L)).sum(dim, true);
        Tensor norm = Untracked.compute(() -> Clamping.clampMin(squared, Scalar.of(eps * eps)).unary(UnaryOp.SQRT));
        return Graph.record(norm, "SqrtBackward0", new Tensor[] {norm},
                g -> new Tensor[] {g.div(norm.mul(Scalar.of(2L)))}, squared);
    }

    /** ‖x1 − x2 + eps‖_p over the last dimension of the broadcast operands. */
    public static Tensor pairwiseDistance(Tensor x1, Tensor x2, double p, double eps, boolean keepdim) {
        int innermost = Math.max(x1.dim(), x2.dim()) - 1;
        return Statistics.norm(x1.sub(x2).add(Scalar.of(eps)), p, innermost, keepdim);
    }
}
