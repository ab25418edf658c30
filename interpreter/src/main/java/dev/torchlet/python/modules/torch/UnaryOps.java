package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.UnaryOp;

/** The engine's element-wise functions by their PyTorch names ({@code exp}, {@code relu}, …). */
final class UnaryOps {
    private UnaryOps() {
    }

    static UnaryOp named(String name) {
        for (UnaryOp op : UnaryOp.values()) {
            if (op.pytorchName().equals(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("no element-wise function named " + name);
    }
}
