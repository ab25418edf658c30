package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;

/**
 * {@code clamp(min, max)} with tensor bounds, broadcast against the input: maximum with min, then
 * minimum with max (so a NaN input or bound gives NaN and min &gt; max gives max, as in PyTorch).
 * The gradient reaches the input where it lies within the bounds and each bound where it won.
 */
public final class ClampingByTensors {
    private ClampingByTensors() {
    }

    /** Either bound may be null (not both). {@code gradFn}: ClampBackward0, or ClampMinBackward1/ClampMaxBackward1 for clamp_min/clamp_max. */
    public static Tensor clamp(Tensor t, Tensor min, Tensor max, String gradFn) {
        if (min == null && max == null) {
            throw TorchException.runtime("torch.clamp: At least one of 'min' or 'max' must not be None");
        }
        DType type = t.dtype();
        for (Tensor bound : new Tensor[] {min, max}) {
            if (bound != null) {
                type = TypePromotion.promote(type, bound.dtype());
            }
        }
        Tensor r = t.detach().to(type);
        if (min != null) {
            r = ElementwiseOps.binary(BinaryOp.MAXIMUM, r, min.detach().to(type));
        }
        if (max != null) {
            r = ElementwiseOps.binary(BinaryOp.MINIMUM, r, max.detach().to(type));
        }
        Tensor[] inputs = min == null ? new Tensor[] {t, max} : max == null ? new Tensor[] {t, min} : new Tensor[] {t, min, max};
        return Graph.record(r, gradFn, inputs, g -> gradients(g, t, min, max), inputs);
    }

    private static Tensor[] gradients(Tensor g, Tensor t, Tensor min, Tensor max) {
        Tensor zero = Torch.full(new long[0], Scalar.of(0L), g.dtype());
        Tensor inside = null;
        Tensor toMin = null;
        Tensor toMax = null;
        if (min != null) {
            inside = Comparisons.ge(t, min);
            Tensor below = Comparisons.lt(t, min);
            toMin = max == null ? below : Comparisons.logical(Comparisons.Logical.AND, below, Comparisons.lt(min, max));
        }
        if (max != null) {
            Tensor notAbove = Comparisons.le(t, max);
            inside = inside == null ? notAbove : Comparisons.logical(Comparisons.Logical.AND, inside, notAbove);
            Tensor above = Comparisons.gt(t, max);
            toMax = min == null ? above : Comparisons.logical(Comparisons.Logical.OR, above, Comparisons.lt(max, min));
        }
        Tensor gInput = Derivatives.sumToShape(Torch.where(inside, g, zero), t.shape());
        Tensor gMin = min == null ? null : Derivatives.sumToShape(Torch.where(toMin, g, zero), min.shape());
        Tensor gMax = max == null ? null : Derivatives.sumToShape(Torch.where(toMax, g, zero), max.shape());
        return min == null ? new Tensor[] {gInput, gMax} : max == null ? new Tensor[] {gInput, gMin} : new Tensor[] {gInput, gMin, gMax};
    }
}
