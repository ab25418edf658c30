package dev.torchlet.engine;

import dev.torchlet.engine.autograd.GradMode;
import dev.torchlet.engine.autograd.Graph;

/** Autograd's rules for in-place writes: which are refused, and the history a written tensor gets. */
final class InPlace {
    private InPlace() {
    }

    /** PyTorch refuses to overwrite a leaf that requires grad while the graph is being recorded. */
    static void checkAllowed(Tensor target) {
        if (GradMode.isEnabled() && target.isLeaf() && target.requiresGrad()) {
            throw TorchException.runtime("a leaf Variable that requires grad is being used in an in-place operation.");
        }
    }

    /** After {@code target.copy_(source)}: CopyBackwards sends the gradient to source, none to target's old value. */
    static Tensor rebase(Tensor target, Tensor source) {
        long[] sourceShape = source.shape();
        DType sourceType = source.dtype();
        return Graph.record(target, "CopyBackwards", g -> new Tensor[] {
            Torch.full(g.shape(), Scalar.of(0L), g.dtype()), Derivatives.sumToShape(g, sourceShape).to(sourceType)}, target, source);
    }

    /** After {@code target.fill_(value)}: the old values no longer matter. */
    static Tensor rebaseFill(Tensor target) {
        return Graph.record(target, "FillBackward0", g -> new Tensor[] {Torch.full(g.shape(), Scalar.of(0L), g.dtype())}, target);
    }
}
