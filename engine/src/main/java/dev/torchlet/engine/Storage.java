package dev.torchlet.engine;

/**
 * The flat memory behind tensors of one dtype. Floating point types keep their own precision
 * (float32 in a {@code float[]}, so arithmetic rounds like PyTorch's); integer and bool types
 * share a {@code long[]}, narrowed to the dtype's range on every write.
 */
public final class Storage {
    private final DType dtype;
    private final float[] floats;
    private final double[] doubles;
    private final long[] longs;

    private Storage(DType dtype, int size) {
        this.dtype = dtype;
        this.floats = dtype == DType.FLOAT32 ? new float[size] : null;
        this.doubles = dtype == DType.FLOAT64 ? new double[size] : null;
        this.longs = dtype.isFloatingPoint() ? null : new long[size];
    }

    public static Storage allocate(DType dtype, long size) {
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            throw TorchException.runtime("Trying to create tensor with " + size + " elements: more than Torchlet can hold in one storage");
        }
        return new Storage(dtype, (int) size);
    }

    public DType dtype() {
        return dtype;
    }

    public double getDouble(int index) {
        return switch (dtype) {
            case FLOAT32 -> floats[index];
            case FLOAT64 -> doubles[index];
            default -> longs[index];
        };
    }

    public long getLong(int index) {
        return switch (dtype) {
            case FLOAT32 -> (long) floats[index];
            case FLOAT64 -> (long) doubles[index];
            default -> longs[index];
        };
    }

    public void setDouble(int index, double value) {
        switch (dtype) {
            case FLOAT32 -> floats[index] = (float) value;
            case FLOAT64 -> doubles[index] = value;
            case BOOL -> longs[index] = value != 0 ? 1 : 0;
            default -> setLong(index, (long) value);
        }
    }

    public void setLong(int index, long value) {
        switch (dtype) {
            case FLOAT32 -> floats[index] = value;
            case FLOAT64 -> doubles[index] = value;
            case BOOL -> longs[index] = value != 0 ? 1 : 0;
            case UINT8 -> longs[index] = value & 0xFF;
            case INT32 -> longs[index] = (int) value;
            default -> longs[index] = value;
        }
    }

    /** Direct float32 access for kernels that must round in single precision. */
    float[] floats() {
        return floats;
    }

    /** Direct float64 access. */
    double[] doubles() {
        return doubles;
    }
}
