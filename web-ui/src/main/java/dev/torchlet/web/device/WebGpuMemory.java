package dev.torchlet.web.device;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.device.DeviceMemory;
import dev.torchlet.web.webgpu.GpuBuffer;
import org.teavm.jso.JSObject;

/**
 * A tensor storage's GPU buffer (from the {@link BufferPool}, so possibly larger than needed).
 * The pool learns that the storage died through {@link #lifetime}: a plain JS object that only
 * this memory references, registered with a FinalizationRegistry. Watching a JS object rather
 * than this Java object works the same in the Wasm GC and the JavaScript build.
 */
final class WebGpuMemory implements DeviceMemory {
    final GpuBuffer buffer;
    final DType dtype;
    private final int elements;
    @SuppressWarnings("unused")
    private final JSObject lifetime;

    WebGpuMemory(GpuBuffer buffer, DType dtype, int elements, JSObject lifetime) {
        this.buffer = buffer;
        this.dtype = dtype;
        this.elements = elements;
        this.lifetime = lifetime;
    }

    @Override
    public int elements() {
        return elements;
    }
}
