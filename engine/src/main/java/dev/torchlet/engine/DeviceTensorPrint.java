package dev.torchlet.engine;

import dev.torchlet.engine.format.PrintableTensor;

/** A device tensor as the formatter reads it: its values downloaded once, the rest its own. */
final class DeviceTensorPrint implements PrintableTensor {
    private final Tensor tensor;
    private final Tensor values;

    DeviceTensorPrint(Tensor tensor) {
        this.tensor = tensor;
        this.values = tensor.onHost();
    }

    @Override
    public long[] shape() {
        return tensor.shape();
    }

    @Override
    public DType dtype() {
        return tensor.dtype();
    }

    @Override
    public double doubleAt(long index) {
        return values.doubleAt(index);
    }

    @Override
    public long longAt(long index) {
        return values.longAt(index);
    }

    @Override
    public String deviceSuffix() {
        return tensor.deviceSuffix();
    }

    @Override
    public boolean requiresGrad() {
        return tensor.requiresGrad();
    }

    @Override
    public String gradFnName() {
        return tensor.gradFnName();
    }
}
