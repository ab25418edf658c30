package dev.torchlet.engine.device;

/**
 * The memory of one storage on a device. The backend that allocated it decides what it is (a
 * WebGPU buffer, a CUDA pointer); the engine only hands it back to that backend. Only the storage
 * holds it, so a backend may release the memory once this object becomes unreachable.
 */
public interface DeviceMemory {
    /** How many elements it holds. */
    int elements();
}
