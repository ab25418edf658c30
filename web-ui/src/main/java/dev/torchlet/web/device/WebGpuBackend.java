package dev.torchlet.web.device;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Storage;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.device.Device;
import dev.torchlet.engine.device.DeviceBackend;
import dev.torchlet.engine.device.DeviceMemory;
import dev.torchlet.engine.device.DeviceView;
import dev.torchlet.gpu.ElementwiseKernels;
import dev.torchlet.gpu.ElementwiseOp;
import dev.torchlet.gpu.IndexedReduceOp;
import dev.torchlet.gpu.IndexedReductionKernels;
import dev.torchlet.gpu.OptimizerKernels;
import dev.torchlet.gpu.OptimizerRule;
import dev.torchlet.gpu.PositionKernels;
import dev.torchlet.gpu.KernelLaunch;
import dev.torchlet.gpu.MatmulKernels;
import dev.torchlet.gpu.ReduceOp;
import dev.torchlet.gpu.ReductionKernels;
import dev.torchlet.gpu.ScanKernels;
import dev.torchlet.gpu.SoftmaxKernels;
import dev.torchlet.gpu.SoftmaxOp;
import dev.torchlet.gpu.SortKernels;
import dev.torchlet.gpu.TensorLayout;
import dev.torchlet.web.webgpu.GpuBuffer;
import dev.torchlet.web.webgpu.GpuDevice;
import dev.torchlet.web.webgpu.GpuError;
import dev.torchlet.web.webgpu.Promises;
import dev.torchlet.web.webgpu.Settled;

/**
 * The browser's accelerator: tensors in WebGPU buffers, the engine's primitive kernels as the
 * WGSL that gpu-shaders generates. It answers to {@code cuda:0} so tutorial code runs unchanged.
 * Kernels are recorded in batches and submitted together ({@link KernelRunner}) before anything
 * that needs the queue in order: a read, a write into a buffer the batch uses, a yield to the
 * browser, the end of a program's slice ({@link #submitPending}). {@link #download} is the only place that waits (through
 * {@code webgpu.Suspension}: JavaScript Promise Integration in the Wasm GC build, which TeaVM
 * 0.15's coroutines could not compile), and also where WebGPU errors of the kernels before it
 * surface.
 */
public final class WebGpuBackend implements DeviceBackend {
    static final Device DEVICE = new Device("cuda", 0);

    private final GpuDevice device;
    private final String description;
    private final BufferPool pool;
    private final KernelRunner runner;
    /** Why the device was lost, or null while it works. */
    private String lostMessage;

    WebGpuBackend(GpuDevice device, String adapterName, long maxBufferBytes) {
        this.device = device;
        this.description = "WebGPU: " + adapterName;
        this.pool = new BufferPool(device, description, maxBufferBytes / 4 * 4);
        this.runner = new KernelRunner(device, pool);
        openErrorScopes();
    }

    @Override
    public Device device() {
        return DEVICE;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean supports(DType dtype) {
        return GpuLayouts.of(dtype) != null;
    }

    @Override
    public DeviceMemory allocate(DType dtype, int elements) {
        requireDevice();
        if (!supports(dtype)) {
            throw new UnsupportedOperationException(description + " has no " + dtype.pytorchName() + " tensors");
        }
        if (pool.allocatedBytes() > releaseCheckAt) {
            // Dead tensors' buffers come back only when the browser's collector and its cleanup
            // tasks have run, and a program's slice may not yield for seconds: let them run (the
            // GPU works through the batch meanwhile).
            runner.submit();
            Promises.await(Promises.nextTask());
            releaseCheckAt = pool.allocatedBytes() + RELEASE_CHECK_BYTES;
        }
        return pool.allocate(dtype, elements);
    }

    /** How much GPU memory may be taken between two yields to the browser's collector. */
    private static final long RELEASE_CHECK_BYTES = 32L << 20;
    private long releaseCheckAt = RELEASE_CHECK_BYTES;

    @Override
    public void upload(Storage source, DeviceMemory target) {
        requireDevice();
        WebGpuMemory memory = own(target);
        if (source.size() > 0) {
            if (runner.uses(memory.buffer)) {
                // The write would run before the recorded kernels that use this buffer.
                runner.submit();
            }
            device.getQueue().writeBuffer(memory.buffer, 0, HostTransfers.words(source, DEVICE));
        }
    }

    @Override
    public void download(DeviceMemory source, Storage target) {
        requireDevice();
        WebGpuMemory memory = own(source);
        long bytes = target.size() * 4L;
        if (bytes == 0) {
            return;
        }
        GpuBuffer staging = pool.takeStaging(bytes);
        runner.copy(memory.buffer, staging, bytes);
        runner.submit();
        Settled mapped = Promises.await(staging.mapAsync(GpuBuffer.MAP_MODE_READ, 0, bytes));
        if (mapped.getError() == null) {
            HostTransfers.fill(target, staging.getMappedRange(0, bytes));
            staging.unmap();
            pool.giveStaging(staging);
        }
        reportErrors();
        if (mapped.getError() != null) {
            requireDevice();
            throw TorchException.runtime("Reading a tensor back from " + DEVICE + " (" + description + ") failed: " + mapped.getError());
        }
    }

    @Override
    public void synchronize() {
        requireDevice();
        runner.submit();
        Settled done = Promises.await(device.getQueue().onSubmittedWorkDone());
        reportErrors();
        if (done.getError() != null) {
            requireDevice();
            throw TorchException.runtime("Waiting for " + DEVICE + " (" + description + ") failed: " + done.getError());
        }
    }

    @Override
    public void unary(String op, DeviceView input, DeviceView out) {
        ElementwiseOp kernel = elementwise(op, 1);
        launchInto(out, layout -> ElementwiseKernels.unary(kernel, GpuLayouts.of(input), layout), input);
    }

    @Override
    public void binary(String op, DeviceView a, DeviceView b, DeviceView out) {
        ElementwiseOp kernel = elementwise(op, 2);
        launchInto(out, layout -> ElementwiseKernels.binary(kernel, GpuLayouts.of(a), GpuLayouts.of(b), layout), a, b);
    }

    @Override
    public void copy(DeviceView input, DeviceView out) {
        launchInto(out, layout -> ElementwiseKernels.copy(GpuLayouts.of(input), layout), input);
    }

    @Override
    public void where(DeviceView condition, DeviceView a, DeviceView b, DeviceView out) {
        launchInto(out, layout -> ElementwiseKernels.ternary(ElementwiseOp.WHERE, GpuLayouts.of(condition), GpuLayouts.of(a),
                GpuLayouts.of(b), layout), condition, a, b);
    }

    @Override
    public void reduce(String op, DeviceView input, int[] dims, DeviceView out) {
        ReduceOp kernel = reduceOp(op);
        launchInto(out, layout -> ReductionKernels.reduce(kernel, GpuLayouts.of(input), dims, layout), input);
    }

    @Override
    public void bmm(DeviceView a, DeviceView b, DeviceView out) {
        launchInto(out, layout -> MatmulKernels.bmm(GpuLayouts.of(a), GpuLayouts.of(b), layout), a, b);
    }

    @Override
    public void softmax(String op, DeviceView input, int dim, DeviceView out) {
        SoftmaxOp kernel = softmaxOp(op);
        launchInto(out, layout -> SoftmaxKernels.forward(kernel, GpuLayouts.of(input), dim, layout), input);
    }

    @Override
    public void softmaxBackward(String op, DeviceView result, DeviceView grad, int dim, DeviceView out) {
        SoftmaxOp kernel = softmaxOp(op);
        launchInto(out, layout -> SoftmaxKernels.backward(kernel, GpuLayouts.of(result), GpuLayouts.of(grad), dim, layout),
                result, grad);
    }

    private SoftmaxOp softmaxOp(String op) {
        return switch (op) {
            case "softmax" -> SoftmaxOp.SOFTMAX;
            case "log_softmax" -> SoftmaxOp.LOG_SOFTMAX;
            default -> throw new UnsupportedOperationException(description + " has no softmax \"" + op + "\"");
        };
    }

    @Override
    public void reduceWithIndex(String op, DeviceView input, int dim, DeviceView values, DeviceView indices) {
        IndexedReduceOp kernel = switch (op) {
            case "max" -> IndexedReduceOp.MAX;
            case "min" -> IndexedReduceOp.MIN;
            default -> throw new UnsupportedOperationException(description + " has no indexed reduction \"" + op + "\"");
        };
        requireDevice();
        if (values.numel() == 0) {
            return;
        }
        // Both outputs are fresh tensors the engine made for this call, so nothing aliases the input.
        runner.run(plan(layout -> IndexedReductionKernels.reduce(kernel, GpuLayouts.of(input), dim, layout, GpuLayouts.of(indices)),
                GpuLayouts.of(values)), own(input.memory()).buffer, own(values.memory()).buffer, own(indices.memory()).buffer);
    }

    @Override
    public void take(DeviceView input, DeviceView positions, DeviceView out) {
        launchInto(out, layout -> PositionKernels.take(GpuLayouts.of(input), GpuLayouts.of(positions), layout), input, positions);
    }

    @Override
    public void put(DeviceView target, DeviceView targets, DeviceView starts, DeviceView order, DeviceView values,
            boolean accumulate) {
        requireDevice();
        if (targets.numel() == 0) {
            return;
        }
        KernelLaunch launch = plan(layout -> PositionKernels.put(layout, GpuLayouts.of(targets), GpuLayouts.of(starts),
                GpuLayouts.of(order), GpuLayouts.of(values), accumulate), GpuLayouts.of(target));
        WebGpuMemory written = own(target.memory());
        WebGpuMemory read = own(values.memory());
        if (read != written) {
            runner.run(launch, own(targets.memory()).buffer, own(starts.memory()).buffer, own(order.memory()).buffer,
                    read.buffer, written.buffer);
            return;
        }
        // x[i] = x: the values are read from a copy, since one buffer cannot be bound for reading and writing.
        TensorLayout copy = GpuLayouts.contiguousLike(values);
        GpuBuffer scratch = pool.takeScratch(copy.numel() * 4L);
        runner.run(ElementwiseKernels.copy(GpuLayouts.of(values), copy), read.buffer, scratch);
        runner.run(plan(layout -> PositionKernels.put(layout, GpuLayouts.of(targets), GpuLayouts.of(starts), GpuLayouts.of(order),
                copy, accumulate), GpuLayouts.of(target)), own(targets.memory()).buffer, own(starts.memory()).buffer,
                own(order.memory()).buffer, scratch, written.buffer);
        pool.giveScratch(scratch);
    }

    @Override
    public void cumulative(String op, DeviceView input, int dim, DeviceView out) {
        ScanKernels.ScanOp kernel = ScanKernels.ScanOp.byName(op);
        if (kernel == null) {
            throw new UnsupportedOperationException(description + " has no scan \"" + op + "\"");
        }
        launchInto(out, layout -> ScanKernels.cumulative(kernel, GpuLayouts.of(input), dim, layout), input);
    }

    @Override
    public void sort(DeviceView input, int dim, boolean descending, DeviceView values, DeviceView indices) {
        requireDevice();
        if (values.numel() == 0) {
            return;
        }
        // Both outputs are fresh tensors the engine made for this call, so nothing aliases the input.
        runner.run(plan(layout -> SortKernels.sort(GpuLayouts.of(input), dim, descending, layout, GpuLayouts.of(indices)),
                GpuLayouts.of(values)), own(input.memory()).buffer, own(values.memory()).buffer, own(indices.memory()).buffer);
    }

    @Override
    public void optimizerStep(String rule, DeviceView[] buffers, double[] hyperparameters, boolean[] flags) {
        OptimizerRule kernel = null;
        for (OptimizerRule candidate : OptimizerRule.values()) {
            if (candidate.ruleName().equals(rule)) {
                kernel = candidate;
            }
        }
        if (kernel == null) {
            throw new UnsupportedOperationException(description + " has no optimizer kernel \"" + rule + "\"");
        }
        requireDevice();
        if (buffers[0].numel() == 0) {
            return;
        }
        TensorLayout[] layouts = new TensorLayout[buffers.length];
        GpuBuffer[] bound = new GpuBuffer[buffers.length];
        for (int i = 0; i < buffers.length; i++) {
            layouts[i] = GpuLayouts.of(buffers[i]);
            bound[i] = own(buffers[i].memory()).buffer;
        }
        OptimizerRule chosen = kernel;
        runner.run(plan(layout -> OptimizerKernels.plan(chosen, layouts, hyperparameters, flags), layouts[0]), bound);
    }

    @Override
    public long allocatedBytes() {
        return pool.allocatedBytes();
    }

    /** Bytes the pool keeps for reuse on top of {@link #allocatedBytes()} ({@code torch.cuda.memory_reserved()}). */
    public long reservedBytes() {
        return pool.allocatedBytes() + pool.idleBytes();
    }

    /** Submits the kernels recorded so far, so that the GPU runs them while the program is not reading. */
    public void submitPending() {
        if (lostMessage == null) {
            runner.submit();
        }
    }

    /** Kernels dispatched so far. */
    public long launches() {
        return runner.launches();
    }

    /** Pipelines compiled so far (one per distinct kernel source). */
    public int cachedPipelines() {
        return runner.cachedPipelines();
    }

    boolean isLost() {
        return lostMessage != null;
    }

    /** Destroys the device and waits until the loss is handled (tests the path a real loss takes). */
    void loseDevice() {
        device.destroy();
        Promises.await(device.getLost());
    }

    void deviceLost(String message) {
        lostMessage = message == null || message.isEmpty() ? "no reason given" : message;
        runner.discard();
        pool.deviceLost();
    }

    /** Plans a kernel for an output layout; the backend picks the layout (the output's own, or a temporary). */
    private interface Planner {
        KernelLaunch plan(TensorLayout out);
    }

    /**
     * Runs a kernel writing {@code out}. WebGPU forbids binding one buffer both for writing and for
     * reading in a dispatch, so an in-place op (out shares memory with an input) writes a
     * temporary first and copies it into {@code out}.
     */
    private void launchInto(DeviceView out, Planner planner, DeviceView... inputs) {
        requireDevice();
        if (out.numel() == 0) {
            return;
        }
        WebGpuMemory target = own(out.memory());
        GpuBuffer[] buffers = new GpuBuffer[inputs.length + 1];
        boolean aliased = false;
        for (int i = 0; i < inputs.length; i++) {
            WebGpuMemory memory = own(inputs[i].memory());
            buffers[i] = memory.buffer;
            aliased |= memory == target;
        }
        if (!aliased) {
            buffers[inputs.length] = target.buffer;
            runner.run(plan(planner, GpuLayouts.of(out)), buffers);
            return;
        }
        TensorLayout temporary = GpuLayouts.contiguousLike(out);
        GpuBuffer scratch = pool.takeScratch(temporary.numel() * 4L);
        buffers[inputs.length] = scratch;
        runner.run(plan(planner, temporary), buffers);
        runner.run(ElementwiseKernels.copy(temporary, GpuLayouts.of(out)), scratch, target.buffer);
        pool.giveScratch(scratch);
    }

    private KernelLaunch plan(Planner planner, TensorLayout out) {
        try {
            return planner.plan(out);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedOperationException(DEVICE + " (" + description + ") cannot run this: " + e.getMessage());
        }
    }

    private ElementwiseOp elementwise(String op, int arity) {
        ElementwiseOp kernel = ElementwiseOp.byName(op);
        if (kernel == null || kernel.arity() != arity) {
            throw new UnsupportedOperationException(description + " has no " + (arity == 1 ? "unary" : "binary") + " kernel \"" + op + "\"");
        }
        return kernel;
    }

    private ReduceOp reduceOp(String op) {
        for (ReduceOp kernel : ReduceOp.values()) {
            if (kernel.pytorchName().equals(op)) {
                return kernel;
            }
        }
        throw new UnsupportedOperationException(description + " has no reduction \"" + op + "\"");
    }

    private static WebGpuMemory own(DeviceMemory memory) {
        if (memory instanceof WebGpuMemory gpu) {
            return gpu;
        }
        throw new IllegalArgumentException("memory of another device given to WebGPU");
    }

    /** A lost device fails every use with the reason, instead of hanging or returning garbage. */
    private void requireDevice() {
        if (lostMessage != null) {
            throw TorchException.runtime("The GPU was lost (" + description + ": " + lostMessage + "); tensors on " + DEVICE
                    + " are gone. Run the program again: it will use the CPU.");
        }
    }

    /** WebGPU reports errors asynchronously: one pair of scopes stays open between reads. */
    private void openErrorScopes() {
        device.pushErrorScope("validation");
        device.pushErrorScope("out-of-memory");
    }

    private void reportErrors() {
        GpuError outOfMemory = errorOf(Promises.await(device.popErrorScope()));
        GpuError invalid = errorOf(Promises.await(device.popErrorScope()));
        openErrorScopes();
        if (outOfMemory != null) {
            throw TorchException.runtime("WebGPU out of memory on " + DEVICE + " (" + description + "): " + outOfMemory.getMessage());
        }
        if (invalid != null) {
            throw TorchException.runtime("WebGPU rejected a kernel on " + DEVICE + " (a Torchlet bug): " + invalid.getMessage());
        }
    }

    private static GpuError errorOf(Settled popped) {
        return popped.getError() != null || popped.getValue() == null ? null : popped.getValue().cast();
    }
}
