package dev.torchlet.engine.autograd;

import dev.torchlet.engine.Tensor;

/** {@code tensor.register_hook(fn)}: sees the gradient of a tensor during backward; may return a replacement (or null to keep it). */
@FunctionalInterface
public interface GradientHook {
    Tensor apply(Tensor gradient);

    /** What {@code register_hook} returns: {@code handle.remove()} unregisters the hook. */
    @FunctionalInterface
    interface Handle {
        void remove();
    }
}
