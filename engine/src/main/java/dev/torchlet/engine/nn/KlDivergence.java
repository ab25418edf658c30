package dev.torchlet.engine.nn;

import dev.torchlet.engine.Comparisons;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.UnaryOp;

/**
 * {@code F.kl_div}: PyTorch 1.13 composes it from tensor ops, so its grad_fns are theirs
 * (SubBackward0 / MulBackward0 per element, SumBackward0, MeanBackward0, DivBackward0 for 'batchmean').
 */
public final class KlDivergence {
    private KlDivergence() {
    }

    /**
     * {@code input} holds log-probabilities; {@code target} probabilities, or log-probabilities with
     * {@code logTarget}. {@code reduction} is 'none', 'sum', 'mean' (over every element) or 'batchmean'
     * (the sum divided by the batch size).
     */
    public static Tensor klDiv(Tensor input, Tensor target, String reduction, boolean logTarget) {
        boolean batchMean = reduction.equals("batchmean");
        Reduction r = batchMean ? Reduction.SUM : Reduction.of(reduction);
        Tensor perElement = logTarget
                ? target.unary(UnaryOp.EXP).mul(target.sub(input))
                : xlogy(target).sub(target.mul(input));
        Tensor reduced = switch (r) {
            case NONE -> perElement;
            case SUM -> perElement.sum();
            case MEAN -> perElement.mean();
        };
        return batchMean && input.dim() != 0 ? reduced.div(Scalar.of(input.size(0))) : reduced;
    }

    /** t·log t, taken as 0 where t is 0 ({@code xlogy(t, t)}). */
    private static Tensor xlogy(Tensor t) {
        Tensor zero = Comparisons.compare(Comparisons.Comparison.EQ, t, Scalar.of(0L));
        return Torch.where(zero, Torch.full(new long[0], Scalar.of(0L), t.dtype()), t.mul(t.unary(UnaryOp.LOG)));
    }
}
