package dev.torchlet.web.device;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.TorchException;
import dev.torchlet.web.webgpu.GpuBuffer;
import dev.torchlet.web.webgpu.GpuDescriptors;
import dev.torchlet.web.webgpu.GpuDevice;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSFinalizationRegistry;
import org.teavm.jso.core.JSObjects;

/**
 * GPU buffers by size class, reused so that a training loop, which makes the same tensors every
 * step, stops creating buffers after its first steps. A tensor's buffer comes back when its
 * storage becomes unreachable (a FinalizationRegistry, see {@link WebGpuMemory}); scratch buffers
 * (kernel params, temporaries, readback staging) come back as soon as their work is recorded.
 * While the {@link KernelRunner} holds recorded but unsubmitted kernels, buffers that come back are
 * {@linkplain #holdReturns() held} until the batch is submitted: handed out again earlier, a
 * queue write into one would land before the recorded kernels that still read it.
 */
final class BufferPool {
    static final int STORAGE_USAGE = GpuBuffer.USAGE_STORAGE | GpuBuffer.USAGE_COPY_SRC | GpuBuffer.USAGE_COPY_DST;
    static final int STAGING_USAGE = GpuBuffer.USAGE_MAP_READ | GpuBuffer.USAGE_COPY_DST;
    /** Idle buffers beyond this are destroyed rather than kept. */
    private static final long MAX_IDLE_BYTES = 256L << 20;

    private final GpuDevice device;
    private final String deviceName;
    private final long maxStorageBytes;
    private final Map<Long, ArrayDeque<GpuBuffer>> idleStorage = new HashMap<>();
    private final Map<Long, ArrayDeque<GpuBuffer>> idleStaging = new HashMap<>();
    private final JSFinalizationRegistry registry;
    /** Buffers given back while returns are held, or null when they are not. */
    private List<Runnable> held;
    private long allocatedBytes;
    private long idleBytes;
    private boolean lost;

    BufferPool(GpuDevice device, String deviceName, long maxStorageBytes) {
        this.device = device;
        this.deviceName = deviceName;
        this.maxStorageBytes = maxStorageBytes;
        this.registry = JSFinalizationRegistry.create(held -> release((JSObject) held));
    }

    /** Bytes in buffers held by live tensors (their size classes). */
    long allocatedBytes() {
        return allocatedBytes;
    }

    /** Bytes kept for reuse. */
    long idleBytes() {
        return idleBytes;
    }

    /** A tensor's memory, returned to the pool once the memory object is unreachable. */
    WebGpuMemory allocate(DType dtype, int elements) {
        GpuBuffer buffer = take(idleStorage, sizeClass(elements * 4L), STORAGE_USAGE);
        allocatedBytes += (long) buffer.getSize();
        JSObject lifetime = JSObjects.create();
        registry.register(lifetime, buffer);
        return new WebGpuMemory(buffer, dtype, elements, lifetime);
    }

    /** A storage buffer for the caller's own use; give it back with {@link #giveScratch}. */
    GpuBuffer takeScratch(long bytes) {
        return take(idleStorage, sizeClass(bytes), STORAGE_USAGE);
    }

    void giveScratch(GpuBuffer buffer) {
        give(idleStorage, buffer);
    }

    /** A mappable buffer to read results back through. */
    GpuBuffer takeStaging(long bytes) {
        return take(idleStaging, sizeClass(bytes), STAGING_USAGE);
    }

    void giveStaging(GpuBuffer buffer) {
        give(idleStaging, buffer);
    }

    /** From now until {@link #releaseHeld()}, buffers given back wait instead of becoming reusable. */
    void holdReturns() {
        if (held == null) {
            held = new ArrayList<>();
        }
    }

    /** The batch that could still read the held buffers was submitted: they are reusable. */
    void releaseHeld() {
        List<Runnable> returns = held;
        held = null;
        if (returns != null) {
            returns.forEach(Runnable::run);
        }
    }

    /** The device is gone: its buffers are invalid, keep none. */
    void deviceLost() {
        lost = true;
        held = null;
        idleStorage.clear();
        idleStaging.clear();
        idleBytes = 0;
    }

    private void release(JSObject held) {
        GpuBuffer buffer = (GpuBuffer) held;
        allocatedBytes -= (long) buffer.getSize();
        give(idleStorage, buffer);
    }

    private GpuBuffer take(Map<Long, ArrayDeque<GpuBuffer>> idle, long bytes, int usage) {
        ArrayDeque<GpuBuffer> free = idle.get(bytes);
        if (free != null && !free.isEmpty()) {
            idleBytes -= bytes;
            return free.pop();
        }
        if (bytes > maxStorageBytes) {
            throw TorchException.runtime("WebGPU out of memory. Tried to allocate " + bytes + " bytes in one buffer, but "
                    + deviceName + " holds at most " + maxStorageBytes + " bytes per buffer.");
        }
        return device.createBuffer(GpuDescriptors.buffer(bytes, usage));
    }

    private void give(Map<Long, ArrayDeque<GpuBuffer>> idle, GpuBuffer buffer) {
        if (held != null) {
            held.add(() -> give(idle, buffer));
            return;
        }
        long bytes = (long) buffer.getSize();
        if (lost) {
            return;
        }
        if (idleBytes + bytes > MAX_IDLE_BYTES) {
            buffer.destroy();
            return;
        }
        idle.computeIfAbsent(bytes, b -> new ArrayDeque<>()).push(buffer);
        idleBytes += bytes;
    }

    /**
     * Sizes are rounded up so that tensors of nearly equal size share buffers: powers of two up to
     * 4 KiB, then quarter steps between powers of two (at most 25% unused).
     */
    long sizeClass(long bytes) {
        long size = Math.max(bytes, 16);
        long rounded;
        if (size <= 4096) {
            rounded = Long.highestOneBit(size - 1) << 1;
        } else {
            long step = Long.highestOneBit(size - 1) / 4;
            rounded = (size + step - 1) / step * step;
        }
        // Near the adapter's limit, the exact size may fit where its class does not.
        return rounded > maxStorageBytes && size <= maxStorageBytes ? (size + 3) / 4 * 4 : rounded;
    }
}
