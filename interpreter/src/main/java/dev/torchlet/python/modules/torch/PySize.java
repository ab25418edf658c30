package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.format.SizeText;
import dev.torchlet.python.runtime.PyObject;

/** {@code torch.Size}: a tensor's shape, printing as {@code torch.Size([2, 3])}. */
final class PySize extends PyObject {
    private final long[] shape;

    PySize(long[] shape) {
        this.shape = shape.clone();
    }

    @Override
    public String typeName() {
        return "Size";
    }

    @Override
    public String repr() {
        return SizeText.torchSize(shape);
    }
}
