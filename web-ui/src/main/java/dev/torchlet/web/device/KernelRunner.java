package dev.torchlet.web.device;

import dev.torchlet.gpu.KernelLaunch;
import dev.torchlet.gpu.KernelSource;
import dev.torchlet.web.webgpu.GpuBuffer;
import dev.torchlet.web.webgpu.GpuCommandBuffer;
import dev.torchlet.web.webgpu.GpuCommandEncoder;
import dev.torchlet.web.webgpu.GpuComputePassEncoder;
import dev.torchlet.web.webgpu.GpuComputePipeline;
import dev.torchlet.web.webgpu.GpuDescriptors;
import dev.torchlet.web.webgpu.GpuDevice;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * Dispatches planned {@link KernelLaunch}es: compiles each distinct shader once (pipelines cached
 * by {@link KernelSource#key()}), writes the launch's params into a pooled buffer, binds the data
 * buffers in the launch's order with the params last, and submits at once. Submitting each kernel
 * on its own keeps every queue write (uploads, params) in program order with the kernels, which
 * is what lets buffers be reused right away.
 */
final class KernelRunner {
    private long launches;
    private final GpuDevice device;
    private final BufferPool pool;
    private final Map<String, GpuComputePipeline> pipelines = new HashMap<>();

    KernelRunner(GpuDevice device, BufferPool pool) {
        this.device = device;
        this.pool = pool;
    }

    int cachedPipelines() {
        return pipelines.size();
    }

    /** Dispatches so far, so a page can tell whether a run used the GPU. */
    long launches() {
        return launches;
    }

    void run(KernelLaunch launch, GpuBuffer... buffers) {
        launches++;
        if (buffers.length != launch.buffers()) {
            throw new IllegalArgumentException("the launch binds " + launch.buffers() + " buffers, got " + buffers.length);
        }
        GpuComputePipeline pipeline = pipeline(launch.source());
        int[] params = launch.params();
        GpuBuffer paramsBuffer = pool.takeScratch(Math.max(params.length, 1) * 4L);
        if (params.length > 0) {
            device.getQueue().writeBuffer(paramsBuffer, 0, Int32Array.copyFromJavaArray(params));
        }
        GpuBuffer[] bound = new GpuBuffer[buffers.length + 1];
        System.arraycopy(buffers, 0, bound, 0, buffers.length);
        bound[buffers.length] = paramsBuffer;

        GpuCommandEncoder encoder = device.createCommandEncoder();
        GpuComputePassEncoder pass = encoder.beginComputePass();
        pass.setPipeline(pipeline);
        pass.setBindGroup(0, device.createBindGroup(GpuDescriptors.bindGroup(pipeline.getBindGroupLayout(0), bound)));
        pass.dispatchWorkgroups(launch.groupsX(), launch.groupsY(), launch.groupsZ());
        pass.end();
        submit(encoder);
        pool.giveScratch(paramsBuffer);
    }

    void submit(GpuCommandEncoder encoder) {
        JSArray<GpuCommandBuffer> commands = JSArray.create();
        commands.push(encoder.finish());
        device.getQueue().submit(commands);
    }

    private GpuComputePipeline pipeline(KernelSource source) {
        GpuComputePipeline pipeline = pipelines.get(source.key());
        if (pipeline == null) {
            // Compile errors surface in the backend's error scope at the next read.
            pipeline = device.createComputePipeline(GpuDescriptors.computePipeline(
                    device.createShaderModule(GpuDescriptors.shaderModule(source.wgsl())), KernelSource.ENTRY_POINT));
            pipelines.put(source.key(), pipeline);
        }
        return pipeline;
    }
}
