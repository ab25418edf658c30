package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;

/** Records compute passes and copies into a command buffer. */
public interface GpuCommandEncoder extends JSObject {
    GpuComputePassEncoder beginComputePass();

    void copyBufferToBuffer(GpuBuffer source, double sourceOffset, GpuBuffer destination, double destinationOffset, double size);

    GpuCommandBuffer finish();
}
