package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Tensor;
import dev.torchlet.python.runtime.PyObject;

/** Lets hosts (the browser's step-through visualizer) see the engine tensor behind a Python value. */
public final class TensorInspection {
    private TensorInspection() {
    }

    /** The tensor {@code value} wraps, or null when it is not a torch.Tensor. */
    public static Tensor tensorOf(PyObject value) {
        return value instanceof PyTensor t ? t.tensor() : null;
    }
}
