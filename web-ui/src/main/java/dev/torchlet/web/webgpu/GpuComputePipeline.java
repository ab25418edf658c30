package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;

/** A shader's entry point ready to dispatch; its layout is derived from the shader ('auto'). */
public interface GpuComputePipeline extends JSObject {
    GpuBindGroupLayout getBindGroupLayout(int group);
}
