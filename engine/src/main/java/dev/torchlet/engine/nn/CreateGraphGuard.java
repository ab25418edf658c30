package dev.torchlet.engine.nn;

import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.autograd.GradMode;

/**
 * The convolution and pooling backwards compute on plain arrays, so their gradients carry no
 * history: under create_graph (rules run with grad mode on) they refuse loudly rather than give
 * second derivatives that silently miss their terms.
 */
final class CreateGraphGuard {
    private CreateGraphGuard() {
    }

    static void refuse(String op) {
        if (GradMode.isEnabled()) {
            throw TorchException.notImplemented("create_graph=True (gradients of gradients) through " + op);
        }
    }
}
