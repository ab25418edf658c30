package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;

/** One compute pass: a pipeline, its bind group, and dispatches. */
public interface GpuComputePassEncoder extends JSObject {
    void setPipeline(GpuComputePipeline pipeline);

    void setBindGroup(int index, GpuBindGroup group);

    void dispatchWorkgroups(int x, int y, int z);

    void end();
}
