package dev.torchlet.engine;

import dev.torchlet.engine.device.Device;
import dev.torchlet.engine.device.DeviceBackend;
import dev.torchlet.engine.device.DeviceMemory;
import dev.torchlet.engine.device.Devices;

/**
 * The flat memory behind tensors of one dtype. Floating point types keep their own precision
 * (float32 in a {@code float[]}, so arithmetic rounds like PyTorch's); integer and bool types
 * share a {@code long[]}, narrowed to the dtype's range on every write. A storage on an
 * accelerator holds its backend's {@link DeviceMemory} instead, and no host arrays: element
 * access then fails loudly (only the device's kernels and explicit transfers touch it).
 */
public final class Storage {
    private final DType dtype;
    private final float[] floats;
    private final double[] doubles;
    private final long[] longs;
    /** Null on the CPU. */
    private final DeviceBackend backend;
    private final DeviceMemory memory;
    /** PyTorch's version counter: bumped by every in-place write, checked by autograd's saved tensors. */
    private long version;

    private Storage(DType dtype, int size) {
        this.dtype = dtype;
        this.floats = dtype == DType.FLOAT32 ? new float[size] : null;
        this.doubles = dtype == DType.FLOAT64 ? new double[size] : null;
        this.longs = dtype.isFloatingPoint() ? null : new long[size];
        this.backend = null;
        this.memory = null;
    }

    private Storage(DType dtype, DeviceBackend backend, int size) {
        this.dtype = dtype;
        this.floats = null;
        this.doubles = null;
        this.longs = null;
        this.backend = backend;
        this.memory = backend.allocate(dtype, size);
    }

    private Storage(Storage memory) {
        this.dtype = memory.dtype;
        this.floats = memory.floats;
        this.doubles = memory.doubles;
        this.longs = memory.longs;
        this.backend = memory.backend;
        this.memory = memory.memory;
    }

    /** The same memory with a version counter of its own (what {@code tensor.data} gets in PyTorch). */
    Storage aliasWithOwnVersion() {
        return new Storage(this);
    }

    /** Whether both storages are the same memory. */
    boolean sameMemory(Storage other) {
        if (memory != null || other.memory != null) {
            return memory == other.memory;
        }
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

    /** A storage of {@code size} elements on {@code device} (contents unspecified there, zeros on the CPU). */
    public static Storage allocate(DType dtype, long size, Device device) {
        if (device.isCpu()) {
            return allocate(dtype, size);
        }
        DeviceBackend backend = Devices.backend(device);
        if (!backend.supports(dtype)) {
            throw new TorchException(TorchException.Kind.TYPE_ERROR, "Cannot put a " + dtype.pytorchName() + " tensor on " + device + ": "
                    + backend.description() + " has no " + dtype.pytorchName() + " arithmetic. Please use a supported dtype (float32) instead.");
        }
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            throw TorchException.runtime("Trying to create tensor with " + size + " elements: more than Torchlet can hold in one storage");
        }
        return new Storage(dtype, backend, (int) size);
    }

    public Device device() {
        return backend == null ? Device.CPU : backend.device();
    }

    /** The backend holding this storage, or null on the CPU. */
    public DeviceBackend backend() {
        return backend;
    }

    /** The device memory, or null on the CPU. */
    public DeviceMemory deviceMemory() {
        return memory;
    }

    /** This storage's elements on the CPU: itself there, else a fresh download. */
    Storage toHost() {
        if (backend == null) {
            return this;
        }
        Storage host = allocate(dtype, memory.elements());
        backend.download(memory, host);
        return host;
    }

    /** A copy of this host storage's elements on {@code device}. */
    Storage toDevice(Device device) {
        Storage target = allocate(dtype, size(), device);
        target.backend.upload(this, target.memory);
        return target;
    }

    /** Element access is for the CPU; on a device it means an op has no kernel there yet. */
    private void requireHost() {
        if (backend != null) {
            throw new TorchException(TorchException.Kind.NOT_IMPLEMENTED_ERROR, "This operation has no kernel on " + backend.device()
                    + " (" + backend.description() + ") in Torchlet yet; move its tensors to the CPU with .cpu() first");
        }
    }

    public DType dtype() {
        return dtype;
    }

    /** How many elements the storage holds (PyTorch's {@code storage().size()}). */
    public int size() {
        if (memory != null) {
            return memory.elements();
        }
        return floats != null ? floats.length : doubles != null ? doubles.length : longs.length;
    }

    public double getDouble(int index) {
        requireHost();
        return switch (dtype) {
            case FLOAT32 -> floats[index];
            case FLOAT64 -> doubles[index];
            default -> longs[index];
        };
    }

    public long getLong(int index) {
        requireHost();
        return switch (dtype) {
            case FLOAT32 -> Float64.truncateToLong(floats[index]);
            case FLOAT64 -> Float64.truncateToLong(doubles[index]);
            default -> longs[index];
        };
    }

    public void setDouble(int index, double value) {
        requireHost();
        switch (dtype) {
            case FLOAT32 -> floats[index] = (float) value;
            case FLOAT64 -> doubles[index] = value;
            case BOOL -> longs[index] = value != 0 ? 1 : 0;
            default -> setLong(index, Float64.truncateToLong(value));
        }
    }

    public void setLong(int index, long value) {
        requireHost();
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
        requireHost();
        return floats;
    }

    /** Direct float64 access. */
    double[] doubles() {
        requireHost();
        return doubles;
    }

    /** The float32 elements, for a device backend's bulk transfer (null for other dtypes). */
    public float[] float32Elements() {
        requireHost();
        return floats;
    }

    /** The float64 elements, for a device backend's bulk transfer (null for other dtypes). */
    public double[] float64Elements() {
        requireHost();
        return doubles;
    }

    /** The integer and bool elements, held as longs, for a device backend's bulk transfer (null for floating types). */
    public long[] integerElements() {
        requireHost();
        return longs;
    }
}
