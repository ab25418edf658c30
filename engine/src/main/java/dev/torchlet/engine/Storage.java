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
    /** PyTorch's version counter: bumped by every in-place write, checked by autograd's saved tensors. */
    private long version;

    private Storage(DType dtype, int size) {
        this.dtype = dtype;
        this.floats = dtype == DType.FLOAT32 ? new float[size] : null;
        this.doubles = dtype == DType.FLOAT64 ? new double[size] : null;
        this.longs = dtype.isFloatingPoint() ? null : new long[size];
    }

    private Storage(Storage memory) {
        this.dtype = memory.dtype;
        this.floats = memory.floats;
        this.doubles = memory.doubles;
        this.longs = memory.longs;
    }

    /** The same memory with a version counter of its own (what {@code tensor.data} gets in PyTorch). */
    Storage aliasWithOwnVersion() {
        return new Storage(this);
    }

    /** Whether both storages are the same memory. */
    boolean sameMemory(Storage other) {
        return floats != null ? floats == other.floats : doubles != null ? doubles == other.doubles : longs == other.longs;
    }

    public long version() {
        return version;
    }

    void bumpVersion() {
        version++;
    }

    /** Bytes one storage may take; a host that runs untrusted programs (a browser tab) lowers it. */
    private static long maxBytes = Long.MAX_VALUE;

    /**
     * Caps the memory of any one tensor's storage, so a program asking for a huge tensor gets
     * PyTorch's "not enough memory" RuntimeError instead of exhausting its host.
     */
    public static void setMaxBytes(long bytes) {
        maxBytes = bytes;
    }

    public static Storage allocate(DType dtype, long size) {
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            throw TorchException.runtime("Trying to create tensor with " + size + " elements: more than Torchlet can hold in one storage");
        }
        // Integer and bool elements are held as longs, floats at their own width.
        long bytes = size * (dtype == DType.FLOAT32 ? 4 : 8);
        if (bytes > maxBytes) {
            throw TorchException.runtime("DefaultCPUAllocator: not enough memory: you tried to allocate " + bytes
                    + " bytes (a tensor may take at most " + maxBytes + " bytes here).");
        }
        return new Storage(dtype, (int) size);
    }

    public DType dtype() {
        return dtype;
    }

    /** How many elements the storage holds (PyTorch's {@code storage().size()}). */
    public int size() {
        return floats != null ? floats.length : doubles != null ? doubles.length : longs.length;
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
            case FLOAT32 -> Float64.truncateToLong(floats[index]);
            case FLOAT64 -> Float64.truncateToLong(doubles[index]);
            default -> longs[index];
        };
    }

    public void setDouble(int index, double value) {
        switch (dtype) {
            case FLOAT32 -> floats[index] = (float) value;
            case FLOAT64 -> doubles[index] = value;
            case BOOL -> longs[index] = value != 0 ? 1 : 0;
            default -> setLong(index, Float64.truncateToLong(value));
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
