package dev.torchlet.engine.nn;

import dev.torchlet.engine.Comparisons;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.autograd.Graph;
import java.util.Arrays;

/**
 * cross_entropy's two forms beyond plain class indices, composed from recorded ops exactly as
 * PyTorch 1.13 composes them (so the grad_fns are PyTorch's: AddBackward0, DivBackward0,
 * NegBackward0): class indices with label smoothing, and class probabilities as the target.
 */
final class CrossEntropy {
    private CrossEntropy() {
    }

    /** The weight shaped to broadcast along the class dimension. */
    private static Tensor weightAlongClasses(Tensor weight, Tensor input, int classDim) {
        return classDim == 1 ? weight.view(1, weight.size(0)) : weight;
    }

    /** (1 − ε)·nll_loss + ε/C · (the loss against the uniform distribution), ignored targets excluded. */
    static Tensor withLabelSmoothing(Tensor input, Tensor target, Tensor weight, long ignoreIndex, Reduction reduction,
                                     double smoothing, int classDim) {
        Tensor logp = Activations.logSoftmax(input, classDim);
        Tensor nll = Losses.nllLoss(logp, target, weight, ignoreIndex, reduction);
        Tensor ignored = Comparisons.compare(Comparisons.Comparison.EQ, target, Scalar.of(ignoreIndex));
        Tensor smooth = (weight == null ? logp : logp.mul(weightAlongClasses(weight, input, classDim))).sum(classDim, false).neg()
                .maskedFill(ignored, Scalar.of(0.0));
        Tensor reduced = switch (reduction) {
            case MEAN -> weight == null
                    ? smooth.sum().div(Comparisons.logicalNot(ignored).sum())
                    : smooth.sum().div(weight.gather(0, target.maskedSelect(Comparisons.logicalNot(ignored)).reshape(-1)).sum());
            case SUM -> smooth.sum();
            case NONE -> smooth;
        };
        long classes = input.size(classDim);
        return nll.mul(Scalar.of(1 - smoothing)).add(reduced.mul(Scalar.of(smoothing / classes)));
    }

    /** {@code loss / n} with n a C++ integer: PyTorch's Scalar overload of div, DivBackward1. */
    private static Tensor divideByCount(Tensor loss, long n) {
        Tensor r = Untracked.compute(() -> loss.div(Scalar.of(n)));
        return Graph.record(r, "DivBackward1", g -> new Tensor[] {g.div(Scalar.of(n))}, loss);
    }

    /** A target of class probabilities (same shape as the input): −Σ w·p·log softmax(input). */
    static Tensor withProbabilities(Tensor input, Tensor target, Tensor weight, Reduction reduction, double smoothing, int classDim) {
        if (!Arrays.equals(input.shape(), target.shape())) {
            throw TorchException.runtime("Expected target size " + Arrays.toString(input.shape()).replace(" ", "")
                    + ", got " + Arrays.toString(target.shape()).replace(" ", ""));
        }
        long classes = input.size(classDim);
        Tensor logp = Activations.logSoftmax(input, classDim);
        Tensor p = smoothing > 0 ? target.mul(Scalar.of(1 - smoothing)).add(Scalar.of(smoothing / classes)) : target;
        Tensor terms = logp.mul(p);
        if (weight != null) {
            terms = terms.mul(weightAlongClasses(weight, input, classDim));
        }
        return switch (reduction) {
            case MEAN -> divideByCount(terms.sum().neg(), input.numel() / classes);
            case SUM -> terms.sum().neg();
            case NONE -> terms.sum(classDim, false).neg();
        };
    }
}
