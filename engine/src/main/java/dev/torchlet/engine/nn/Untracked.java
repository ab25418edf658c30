package dev.torchlet.engine.nn;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.autograd.GradMode;
import java.util.function.Supplier;

/**
 * Runs an op's forward computation without recording its intermediate steps: the nn ops record
 * one PyTorch-named node for the whole op instead (SoftmaxBackward0, MseLossBackward0, …).
 */
final class Untracked {
    private Untracked() {
    }

    static Tensor compute(Supplier<Tensor> forward) {
        boolean previous = GradMode.isEnabled();
        GradMode.setEnabled(false);
        try {
            return forward.get();
        } finally {
            GradMode.setEnabled(previous);
        }
    }

    /** The same for a forward that produces several tensors. */
    static Tensor[] computeAll(Supplier<Tensor[]> forward) {
        boolean previous = GradMode.isEnabled();
        GradMode.setEnabled(false);
        try {
            return forward.get();
        } finally {
            GradMode.setEnabled(previous);
        }
    }
}
