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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * Dispatches planned {@link KernelLaunch}es in batches: compiles each distinct shader once
 * (pipelines cached by {@link KernelSource#key()}), records consecutive launches into one command
 * encoder and one compute pass (WebGPU orders the dispatches of a pass and makes each one's writes
 * visible to the next), and submits the batch when {@link #submit()} is called, when
 * {@link #MAX_BATCH} launches are waiting, or when they add up to {@link #MAX_BATCH_WORKGROUPS}
 * workgroups. One submit per kernel cost more than most small kernels; large kernels are
 * submitted soon, so that the GPU runs them while the program records the next ones.
 *
 * <p>A queue write runs on the queue before any work submitted after it, so within a batch:
 * the launches' params go into one buffer shared by the batch, each at its own aligned offset,
 * written with one queue write just before the submit (one write instead of one per kernel, and no
 * params buffer is rewritten under a recorded kernel); the pool holds buffers given back meanwhile
 * ({@link BufferPool#holdReturns()}), so none is written for a new tensor before the kernels that
 * read it run; and a write into a buffer the batch uses must submit first ({@link #uses}).
 */
final class KernelRunner {
    /**
     * Launches per submit unless the worker's global {@code torchletKernelsPerSubmit} says otherwise
     * (benchmarks set it to compare). See BENCHMARKS.md for the measurements behind the default.
     */
    static final int MAX_BATCH = 64;
    /** Workgroups after which a batch is submitted without waiting for more launches. */
    static final long MAX_BATCH_WORKGROUPS = 256;
    /** Bytes of params a batch's buffer starts with (64 launches of up to 1 KiB). */
    private static final int PARAMS_BYTES = 64 << 10;

    private long launches;
    private final GpuDevice device;
    private final BufferPool pool;
    private final int paramsAlignment;
    private final Map<String, GpuComputePipeline> pipelines = new HashMap<>();

    // The batch being recorded (encoder null when there is none).
    private GpuCommandEncoder encoder;
    private GpuComputePassEncoder pass;
    private GpuBuffer paramsBuffer;
    private int[] paramsWords;
    private int paramsUsed;
    private int batched;
    private int maxBatch;
    private long batchWorkgroups;
    private JSObject usedBuffers;

    KernelRunner(GpuDevice device, BufferPool pool) {
        this.device = device;
        this.pool = pool;
        int alignment = device.getLimits().getMinStorageBufferOffsetAlignment();
        this.paramsAlignment = alignment > 0 ? alignment : 256;
    }

    int cachedPipelines() {
        return pipelines.size();
    }

    /** Dispatches so far, so a page can tell whether a run used the GPU. */
    long launches() {
        return launches;
    }

    /** Records the launch into the current batch (submitted later, in order with every other queue use). */
    void run(KernelLaunch launch, GpuBuffer... buffers) {
        if (buffers.length != launch.buffers()) {
            throw new IllegalArgumentException("the launch binds " + launch.buffers() + " buffers, got " + buffers.length);
        }
        launches++;
        GpuComputePipeline pipeline = pipeline(launch.source());
        int[] params = launch.params();
        int paramsBytes = Math.max(params.length, 1) * 4;
        int offset = roundUp(paramsUsed, paramsAlignment);
        if (encoder != null && offset + paramsBytes > paramsWords.length * 4) {
            submit();
            offset = 0;
        }
        begin(paramsBytes);
        System.arraycopy(params, 0, paramsWords, offset / 4, params.length);
        paramsUsed = offset + paramsBytes;

        GpuBuffer[] bound = new GpuBuffer[buffers.length + 1];
        System.arraycopy(buffers, 0, bound, 0, buffers.length);
        bound[buffers.length] = paramsBuffer;
        for (GpuBuffer buffer : buffers) {
            add(usedBuffers, buffer);
        }
        if (pass == null) {
            pass = encoder.beginComputePass();
        }
        pass.setPipeline(pipeline);
        pass.setBindGroup(0, device.createBindGroup(
                GpuDescriptors.bindGroup(pipeline.getBindGroupLayout(0), bound, offset, paramsBytes)));
        pass.dispatchWorkgroups(launch.groupsX(), launch.groupsY(), launch.groupsZ());
        batchWorkgroups += (long) launch.groupsX() * launch.groupsY() * launch.groupsZ();
        if (++batched >= maxBatch || batchWorkgroups >= MAX_BATCH_WORKGROUPS) {
            submit();
        }
    }

    /** Records a copy after the batch's kernels (a read's copy into its staging buffer). */
    void copy(GpuBuffer source, GpuBuffer destination, long bytes) {
        begin(0);
        if (pass != null) {
            pass.end();
            pass = null;
        }
        add(usedBuffers, source);
        add(usedBuffers, destination);
        encoder.copyBufferToBuffer(source, 0, destination, 0, bytes);
    }

    /** Whether a recorded, unsubmitted command binds or copies this buffer. */
    boolean uses(GpuBuffer buffer) {
        return encoder != null && has(usedBuffers, buffer);
    }

    /** Submits what was recorded: its params first, then its commands; held buffers become reusable. */
    void submit() {
        if (encoder == null) {
            return;
        }
        if (pass != null) {
            pass.end();
        }
        if (paramsUsed > 0) {
            device.getQueue().writeBuffer(paramsBuffer, 0, Int32Array.copyFromJavaArray(Arrays.copyOf(paramsWords, paramsUsed / 4)));
        }
        JSArray<GpuCommandBuffer> commands = JSArray.create();
        commands.push(encoder.finish());
        device.getQueue().submit(commands);
        pool.releaseHeld();
        pool.giveScratch(paramsBuffer);
        forget();
    }

    /** The device is gone: what was recorded will never run. */
    void discard() {
        forget();
    }

    private void begin(int paramsBytes) {
        if (encoder != null) {
            return;
        }
        pool.holdReturns();
        maxBatch = kernelsPerSubmit(MAX_BATCH);
        int bytes = Math.max(PARAMS_BYTES, roundUp(paramsBytes, paramsAlignment));
        encoder = device.createCommandEncoder();
        paramsBuffer = pool.takeScratch(bytes);
        paramsWords = new int[bytes / 4];
        usedBuffers = newSet();
    }

    private void forget() {
        encoder = null;
        pass = null;
        paramsBuffer = null;
        paramsWords = null;
        paramsUsed = 0;
        batched = 0;
        batchWorkgroups = 0;
        usedBuffers = null;
    }

    private static int roundUp(int bytes, int alignment) {
        return (bytes + alignment - 1) / alignment * alignment;
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

    @JSBody(params = "fallback", script = "var n = self.torchletKernelsPerSubmit;"
            + "return typeof n === 'number' && n >= 1 ? Math.floor(n) : fallback;")
    private static native int kernelsPerSubmit(int fallback);

    @JSBody(script = "return new Set();")
    private static native JSObject newSet();

    @JSBody(params = {"set", "value"}, script = "set.add(value);")
    private static native void add(JSObject set, JSObject value);

    @JSBody(params = {"set", "value"}, script = "return set.has(value);")
    private static native boolean has(JSObject set, JSObject value);
}
