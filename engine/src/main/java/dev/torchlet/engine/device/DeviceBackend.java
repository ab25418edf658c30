package dev.torchlet.engine.device;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Storage;

/**
 * What an accelerator gives the engine: memory, transfers and the primitive kernels the engine's
 * ops are built from. The engine decides shapes, dtypes, broadcasting and autograd (once, for
 * every backend); a backend only runs kernels on views it is given. Ops are named as in PyTorch
 * ({@code "add"}, {@code "exp"}, {@code "sum"}); a backend without a kernel for an op or dtype
 * throws {@link UnsupportedOperationException} with a reason, and the program gets a
 * NotImplementedError naming the device.
 *
 * <p>Calls are issued in program order; a backend may queue kernels and run them later, as long
 * as {@link #download} returns the values all earlier calls produced.
 */
public interface DeviceBackend {
    /** The device its tensors report ({@code cuda:0}). */
    Device device();

    /** What runs the kernels, for notices and the page's badge (e.g. {@code "WebGPU: SwiftShader"}). */
    String description();

    /** Whether tensors of this dtype can live on the device (WebGPU has no float64). */
    boolean supports(DType dtype);

    /** Memory for {@code elements} elements of {@code dtype}, contents unspecified. */
    DeviceMemory allocate(DType dtype, int elements);

    /** Copies the host storage's elements into device memory of the same size and dtype. */
    void upload(Storage source, DeviceMemory target);

    /** Copies device memory into the host storage (waits for the kernels queued before it). */
    void download(DeviceMemory source, Storage target);

    /** {@code out = op(input)} element-wise; {@code out} has the input's shape. */
    void unary(String op, DeviceView input, DeviceView out);

    /** {@code out = op(a, b)} element-wise; {@code a} and {@code b} broadcast to {@code out}'s shape. */
    void binary(String op, DeviceView a, DeviceView b, DeviceView out);

    /** {@code out = input} broadcast to {@code out}'s shape and cast to its dtype. */
    void copy(DeviceView input, DeviceView out);

    /**
     * {@code out = condition ? a : b} element-wise ({@code torch.where}): the bool condition,
     * {@code a} and {@code b} (both of out's dtype) broadcast to {@code out}'s shape.
     */
    void where(DeviceView condition, DeviceView a, DeviceView b, DeviceView out);

    /**
     * Reduces the given dims of {@code input} ({@code "sum"}, {@code "mean"}, {@code "prod"},
     * {@code "max"}, {@code "min"}) into {@code out}, whose shape is the input's without them.
     */
    void reduce(String op, DeviceView input, int[] dims, DeviceView out);

    /** Batched matrix product: {@code a} is [batch, n, k], {@code b} [batch, k, m], {@code out} [batch, n, m]. */
    void bmm(DeviceView a, DeviceView b, DeviceView out);

    /**
     * {@code "softmax"} or {@code "log_softmax"} of {@code input} along {@code dim} (numerically
     * stable: the row's max is subtracted first); {@code out} has the input's shape.
     */
    void softmax(String op, DeviceView input, int dim, DeviceView out);

    /**
     * The input gradient of {@code result = op(x, dim)} ({@code "softmax"} or {@code "log_softmax"})
     * from {@code result} and the gradient {@code grad} by it, along {@code dim}: softmax
     * {@code result * (grad - sum(grad * result))}, log-softmax {@code grad - exp(result) * sum(grad)};
     * all three have one shape.
     */
    void softmaxBackward(String op, DeviceView result, DeviceView grad, int dim, DeviceView out);

    /**
     * {@code "max"} or {@code "min"} along {@code dim} with the index of the first extreme (a NaN
     * wins, as in PyTorch): {@code values} and int64 {@code indices} have the input's shape without dim.
     */
    void reduceWithIndex(String op, DeviceView input, int dim, DeviceView values, DeviceView indices);

    /**
     * {@code out[i] = input[positions[i]]}: positions (a contiguous int64 vector) index the input's
     * elements in row-major order; a negative position gives zero (the padding of convolution and
     * pooling windows).
     */
    void take(DeviceView input, DeviceView positions, DeviceView out);

    /**
     * Writes values into elements of {@code target} (positions in its storage). The engine groups
     * repeated positions: {@code targets[k]} receives the values {@code values[order[j]]} for
     * {@code starts[k] <= j < starts[k + 1]} (program order), added to it when {@code accumulate},
     * else the last of them — so a kernel needs one thread per distinct position and no atomics.
     * {@code targets}, {@code starts} (one more than targets) and {@code order} are int64.
     */
    void put(DeviceView target, DeviceView targets, DeviceView starts, DeviceView order, DeviceView values, boolean accumulate);

    /**
     * {@code "cumsum"} or {@code "cumprod"} of {@code input} along {@code dim}, in order from the
     * first element; {@code out} has the input's shape and dtype (the engine casts integers to
     * int64 first).
     */
    void cumulative(String op, DeviceView input, int dim, DeviceView out);

    /**
     * Sorts {@code input} along {@code dim} as the engine's CPU sort does: stable (equal elements
     * keep their order, in both directions), NaN after every number ascending and before every
     * number descending, -0.0 equal to 0.0. {@code values} (the input's dtype) and int64
     * {@code indices} (positions along dim) have the input's shape.
     */
    void sort(DeviceView input, int dim, boolean descending, DeviceView values, DeviceView indices);

    /**
     * One optimizer step, in place, on contiguous float32 tensors of one size. Rules, with their
     * buffers; hyperparameters; flags (PyTorch 1.13's single-tensor rules):
     * {@code "sgd"}: param, grad; lr, weight_decay; maximize.
     * {@code "sgd_momentum"}: param, grad, momentum_buffer; lr, weight_decay, momentum,
     * 1 - dampening; maximize, nesterov, first_step (the buffer is new: it becomes the gradient).
     * {@code "adam"}: param, grad, exp_avg, exp_avg_sq; weight_decay (Adam's L2, 0 for AdamW),
     * decay_factor (AdamW's 1 - lr * weight_decay, else 1), 1 - beta1, beta2, 1 - beta2, eps,
     * lr / (1 - beta1^step), sqrt(1 - beta2^step); maximize. {@code "adam_amsgrad"}: adam's, and
     * max_exp_avg_sq after exp_avg_sq.
     */
    void optimizerStep(String rule, DeviceView[] buffers, double[] hyperparameters, boolean[] flags);

    /**
     * Waits until every kernel queued before the call has finished ({@code torch.cuda.synchronize()}:
     * what makes a learner's timing of GPU code measure the work, not its queueing).
     */
    void synchronize();

    /** Bytes of device memory held by live tensors ({@code torch.cuda.memory_allocated()}). */
    long allocatedBytes();
}
