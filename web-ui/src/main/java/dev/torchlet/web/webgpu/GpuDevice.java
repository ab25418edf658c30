package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSPromise;

/** An open device: creates the objects kernels need and reports errors and loss. */
public interface GpuDevice extends JSObject {
    @JSProperty
    GpuQueue getQueue();

    /** The limits the device was opened with. */
    @JSProperty
    GpuLimits getLimits();

    /** Resolves (never rejects) when the device is lost or destroyed. */
    @JSProperty
    JSPromise<GpuDeviceLostInfo> getLost();

    GpuBuffer createBuffer(GpuDescriptors.Buffer descriptor);

    GpuShaderModule createShaderModule(GpuDescriptors.ShaderModule descriptor);

    GpuComputePipeline createComputePipeline(GpuDescriptors.ComputePipeline descriptor);

    GpuBindGroup createBindGroup(GpuDescriptors.BindGroup descriptor);

    GpuCommandEncoder createCommandEncoder();

    /** {@code "validation"}, {@code "out-of-memory"} or {@code "internal"}. */
    void pushErrorScope(String filter);

    /** Resolves to the first error captured since the matching push, or null. */
    JSPromise<GpuError> popErrorScope();

    /** Loses the device on purpose (its lost promise resolves with reason "destroyed"). */
    void destroy();
}
