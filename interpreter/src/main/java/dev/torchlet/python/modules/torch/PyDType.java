package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.DType;
import dev.torchlet.python.runtime.PyObject;

/** {@code torch.float32} and friends: one object per dtype, printing as PyTorch's. */
public final class PyDType extends PyObject {
    private static final PyDType[] INSTANCES = new PyDType[DType.values().length];

    private final DType dtype;

    private PyDType(DType dtype) {
        this.dtype = dtype;
    }

    public static PyDType of(DType dtype) {
        int i = dtype.ordinal();
        if (INSTANCES[i] == null) {
            INSTANCES[i] = new PyDType(dtype);
        }
        return INSTANCES[i];
    }

    public DType dtype() {
        return dtype;
    }

    @Override
    public String typeName() {
        return "dtype";
    }

    @Override
    public String repr() {
        return dtype.repr();
    }
}
