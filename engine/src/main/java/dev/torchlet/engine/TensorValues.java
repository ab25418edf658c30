package dev.torchlet.engine;

/**
 * Element values in row-major order, for code outside this package that computes element by
 * element (the optimizers' update rules): read a tensor's values, build a tensor from values,
 * or write values into a tensor's own memory the way an in-place op under no_grad does (no
 * autograd history, one version bump).
 */
public final class TensorValues {
    private TensorValues() {
    }

    /** The values of {@code t} in row-major order (float32 values are exact in a double). */
    public static double[] read(Tensor t) {
        double[] values = new double[(int) t.numel()];
        for (int i = 0; i < values.length; i++) {
            values[i] = t.doubleAt(i);
        }
        return values;
    }

    /** A new contiguous tensor of {@code shape} and {@code dtype} holding {@code values}. */
    public static Tensor create(double[] values, long[] shape, DType dtype) {
        Tensor t = Tensor.empty(shape, dtype);
        Storage storage = t.storage();
        for (int i = 0; i < values.length; i++) {
            storage.setDouble(i, values[i]);
        }
        return t;
    }

    /** A new contiguous uint8 tensor of {@code shape} holding {@code bytes[offset...]} (an image file's pixels). */
    public static Tensor unsignedBytes(byte[] bytes, int offset, long[] shape) {
        Tensor t = Tensor.empty(shape, DType.UINT8);
        Storage storage = t.storage();
        int n = (int) t.numel();
        for (int i = 0; i < n; i++) {
            storage.setLong(i, bytes[offset + i] & 0xFF);
        }
        return t;
    }

    /** Writes {@code values} into {@code target}'s memory (through views too), without autograd. */
    public static void write(Tensor target, double[] values) {
        if (values.length != target.numel()) {
            throw TorchException.runtime("expected " + target.numel() + " values, got " + values.length);
        }
        if (!target.isContiguous() || !target.device().isCpu()) {
            // Through a host tensor: a strided view takes them element by element, a device tensor as an upload.
            target.copyValuesFrom(create(values, target.shape(), target.dtype()));
            return;
        }
        // The common case (parameters, gradients, optimizer state): straight into the storage.
        Storage storage = target.storage();
        storage.bumpVersion();
        int offset = (int) target.storageOffset();
        for (int i = 0; i < values.length; i++) {
            storage.setDouble(offset + i, values[i]);
        }
    }
}
