package dev.torchlet.engine.nn;

import dev.torchlet.engine.Clamping;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Statistics;
import dev.torchlet.engine.Tensor;

/** {@code F.normalize}: x / max(‖x‖_p, eps) along a dimension, composed from tensor ops as PyTorch composes it. */
public final class Normalize {
    private Normalize() {
    }

    /** grad_fns as PyTorch prints them: DivBackward0 ← ExpandBackward0 ← ClampMinBackward0 ← NormBackward1. */
    public static Tensor normalize(Tensor input, double p, int dim, double eps) {
        Tensor norm = Statistics.norm(input, p, dim, true);
        Tensor denominator = ShapeOps.expand(Clamping.clampMin(norm, Scalar.of(eps)), input.shape());
        return input.div(denominator);
    }
}
