package dev.torchlet.engine;

import dev.torchlet.engine.device.Device;
import dev.torchlet.engine.device.DeviceBackend;
import dev.torchlet.engine.device.DeviceView;

/**
 * The engine's primitive kernels when their operands live on an accelerator: the engine has
 * already decided the result's shape and dtype (the same code decides them for the CPU), and
 * here only allocates the result on the operands' device and hands the views to its backend.
 * CPU scalars (0-d tensors) go along with any device, as in PyTorch.
 */
public final class DeviceKernels {
    private DeviceKernels() {
    }

    /** The device an op on these operands runs on, with PyTorch's error when they disagree. */
    static Device commonDevice(Tensor... operands) {
        Device found = null;
        for (Tensor t : operands) {
            Device device = t.device();
            if (t.dim() == 0 && device.isCpu()) {
                continue;
            }
            if (found == null) {
                found = device;
            } else if (!found.equals(device)) {
                throw TorchException.runtime("Expected all tensors to be on the same device, but found at least two devices, "
                        + found + " and " + device + "!");
            }
        }
        return found == null ? Device.CPU : found;
    }

    /** Whether an op on these operands runs on an accelerator. */
    static boolean onAccelerator(Tensor... operands) {
        return !commonDevice(operands).isCpu();
    }

    static Tensor unary(UnaryOp op, Tensor input, DType resultType) {
        return unary(op.pytorchName(), input, resultType);
    }

    /** An element-wise op of one tensor by its PyTorch name (also those outside {@link UnaryOp}, as {@code bitwise_not}). */
    static Tensor unary(String op, Tensor input, DType resultType) {
        Device device = input.device();
        Tensor out = Tensor.empty(input.shape(), resultType, device);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.unary(op, view(input, device), view(out, device)));
        return wrappedUint8(out);
    }

    static Tensor binary(String op, Tensor a, Tensor b, long[] shape, DType resultType) {
        Device device = commonDevice(a, b);
        Tensor out = Tensor.empty(shape, resultType, device);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.binary(op, view(a, device), view(b, device), view(out, device)));
        return wrappedUint8(out);
    }

    /** Writes {@code source} (broadcast, cast) into {@code target}, moving it to target's device first when needed. */
    static void copy(Tensor source, Tensor target) {
        Device device = target.device();
        Tensor from = source.device().equals(device) ? source : source.transferredTo(device);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.copy(view(from, device), view(target, device)));
        if (from.dtype() != DType.UINT8) {
            wrappedUint8(target);
        }
    }

    /**
     * uint8 arithmetic and casts wrap modulo 256 in PyTorch; a backend may hold uint8 in wider words
     * (WebGPU: int32), so a uint8 result is masked back into 0..255 (two's complement: -1 becomes
     * 255). On a backend with real bytes the mask changes nothing.
     */
    private static Tensor wrappedUint8(Tensor out) {
        if (out.dtype() == DType.UINT8 && out.numel() > 0) {
            Device device = out.device();
            Tensor byteMask = Torch.full(new long[0], Scalar.of(255L), DType.UINT8);
            DeviceBackend backend = backendOf(device);
            run(backend, () -> backend.binary("bitwise_and", view(out, device), view(byteMask, device), view(out, device)));
        }
        return out;
    }

    /** {@code condition ? a : b} into a new tensor of {@code shape}; a and b already have the result's dtype. */
    static Tensor where(Tensor condition, Tensor a, Tensor b, long[] shape) {
        Device device = commonDevice(condition, a, b);
        Tensor out = Tensor.empty(shape, a.dtype(), device);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.where(view(condition, device), view(a, device), view(b, device), view(out, device)));
        return out;
    }

    /** Sums or averages the {@code reduced} dims (null: all) into a new tensor of {@code shape} (keepdim already applied). */
    static Tensor reduce(String op, Tensor input, boolean[] reduced, long[] shape, DType resultType) {
        Device device = input.device();
        int count = 0;
        for (int d = 0; reduced != null && d < reduced.length; d++) {
            count += reduced[d] ? 1 : 0;
        }
        int[] dims = new int[reduced == null ? input.dim() : count];
        for (int d = 0, i = 0; d < input.dim(); d++) {
            if (reduced == null || reduced[d]) {
                dims[i++] = d;
            }
        }
        Tensor out = Tensor.empty(shape, resultType, device);
        // The kernel writes the shape without the reduced dims; keepdim's size-1 dims change no offsets.
        long[] kernelShape = Reductions.resultShape(input.shape(), reduced, false);
        DeviceBackend backend = backendOf(device);
        DeviceView target = new DeviceView(out.storage().deviceMemory(), resultType, kernelShape,
                Tensor.contiguousStrides(kernelShape), 0);
        run(backend, () -> backend.reduce(op, view(input, device), dims, target));
        return out;
    }

    /** {@code [batch, n, k] @ [batch, k, m]}: both operands already on one device, any strides. */
    static Tensor bmm(Tensor a, Tensor b) {
        Device device = commonDevice(a, b);
        Tensor out = Tensor.empty(new long[] {a.size(0), a.size(1), b.size(2)}, a.dtype(), device);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.bmm(view(a, device), view(b, device), view(out, device)));
        return out;
    }

    /** {@code "softmax"} or {@code "log_softmax"} along {@code dim} (negative counts from the end), on the input's device. */
    public static Tensor softmax(String op, Tensor input, int dim) {
        int d = input.dim() == 0 ? 0 : input.wrapDim(dim);
        Device device = input.device();
        Tensor out = Tensor.empty(input.shape(), input.dtype(), device);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.softmax(op, view(input, device), d, view(out, device)));
        return out;
    }

    /** softmax's or log_softmax's input gradient from its result and the gradient by it ({@link DeviceBackend#softmaxBackward}). */
    public static Tensor softmaxBackward(String op, Tensor result, Tensor grad, int dim) {
        int d = result.dim() == 0 ? 0 : result.wrapDim(dim);
        Device device = commonDevice(result, grad);
        Tensor out = Tensor.empty(result.shape(), result.dtype(), device);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.softmaxBackward(op, view(result, device), view(grad, device), d, view(out, device)));
        return out;
    }

    /** Max or min along {@code dim} with indices, into tensors of {@code shape} (keepdim already applied). */
    static Tensor[] reduceWithIndex(String op, Tensor input, int dim, long[] shape) {
        Device device = input.device();
        Tensor values = Tensor.empty(shape, input.dtype(), device);
        Tensor indices = Tensor.empty(shape, DType.INT64, device);
        boolean[] along = new boolean[input.dim()];
        along[dim] = true;
        long[] kernelShape = Reductions.resultShape(input.shape(), along, false);
        long[] strides = Tensor.contiguousStrides(kernelShape);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.reduceWithIndex(op, view(input, device), dim,
                new DeviceView(values.storage().deviceMemory(), values.dtype(), kernelShape, strides, 0),
                new DeviceView(indices.storage().deviceMemory(), DType.INT64, kernelShape, strides, 0)));
        return new Tensor[] {values, indices};
    }

    /** A tensor of {@code shape} whose element i is element {@code sources[i]} (row-major) of {@code from}. */
    static Tensor take(Tensor from, long[] sources, long[] shape) {
        return take(from, integers(sources, from.device()), shape);
    }

    /** The same with the positions already on the device (an int64 tensor of any shape, negative positions giving zero). */
    static Tensor take(Tensor from, Tensor positions, long[] shape) {
        Device device = from.device();
        Tensor input = from.contiguous();
        Tensor vector = positions.contiguous().reshape(positions.numel());
        Tensor out = Tensor.empty(shape, from.dtype(), device);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.take(view(input, device), view(vector, device), view(out, device)));
        return out;
    }

    /**
     * Writes (or, with {@code accumulate}, adds) {@code values[i]} — contiguous, one per target —
     * into element {@code targets[i]} (row-major) of {@code into}. Repeated positions are grouped
     * here, in program order, so every backend gets the same deterministic plan.
     */
    static void put(Tensor into, long[] targets, Tensor values, boolean accumulate) {
        Device device = into.device();
        long[] keyed = new long[targets.length];
        for (int i = 0; i < targets.length; i++) {
            // Storage position in the high half, program order in the low half: one sort groups and keeps order.
            keyed[i] = ((long) into.storageIndex(targets[i]) << 32) | i;
        }
        java.util.Arrays.sort(keyed);
        long[] order = new long[targets.length];
        long[] distinct = new long[targets.length];
        long[] starts = new long[targets.length + 1];
        int groups = 0;
        for (int j = 0; j < keyed.length; j++) {
            long position = keyed[j] >>> 32;
            order[j] = keyed[j] & 0xFFFFFFFFL;
            if (groups == 0 || distinct[groups - 1] != position) {
                distinct[groups] = position;
                starts[groups++] = j;
            }
        }
        starts[groups] = keyed.length;
        putGroups(into, integers(java.util.Arrays.copyOf(distinct, groups), device),
                integers(java.util.Arrays.copyOf(starts, groups + 1), device), integers(order, device), values, accumulate);
    }

    /**
     * {@link #put} for positions already on the device that never repeat (a permutation's, as the
     * indices of a sort or of max along a dim give): {@code targets} is an int64 vector of storage
     * positions of {@code into}, {@code values} contiguous, one per target. Each position is its
     * own group, so the plan needs no values from the device.
     */
    static void putDistinct(Tensor into, Tensor targets, Tensor values, boolean accumulate) {
        Device device = into.device();
        int n = (int) targets.numel();
        long[] counting = new long[n + 1];
        for (int i = 0; i <= n; i++) {
            counting[i] = i;
        }
        putGroups(into, targets, integers(counting, device), integers(java.util.Arrays.copyOf(counting, n), device), values,
                accumulate);
    }

    private static void putGroups(Tensor into, Tensor targets, Tensor starts, Tensor order, Tensor values, boolean accumulate) {
        Device device = into.device();
        Storage storage = into.storage();
        storage.bumpVersion();
        DeviceView whole = new DeviceView(storage.deviceMemory(), into.dtype(), new long[] {storage.size()}, new long[] {1}, 0);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.put(whole, view(targets, device), view(starts, device), view(order, device),
                view(values, device), accumulate));
        if (accumulate) {
            wrappedUint8(into);
        }
    }

    /**
     * {@code "cumsum"} or {@code "cumprod"} along {@code dim} into a new tensor of the input's
     * shape and dtype (the caller casts first). A 0-d tensor is one lane of one element.
     */
    static Tensor cumulative(String op, Tensor input, int dim) {
        Device device = input.device();
        Tensor lanes = input.dim() == 0 ? input.reshape(1) : input;
        Tensor out = Tensor.empty(lanes.shape(), input.dtype(), device);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.cumulative(op, view(lanes, device), dim, view(out, device)));
        return out.reshape(input.shape());
    }

    /** The stable sort along {@code dim} (see {@link DeviceBackend#sort}): values and int64 indices of the input's shape. */
    static Tensor[] sort(Tensor input, int dim, boolean descending) {
        Device device = input.device();
        Tensor lanes = input.dim() == 0 ? input.reshape(1) : input;
        Tensor values = Tensor.empty(lanes.shape(), input.dtype(), device);
        Tensor indices = Tensor.empty(lanes.shape(), DType.INT64, device);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.sort(view(lanes, device), dim, descending, view(values, device), view(indices, device)));
        return new Tensor[] {values.reshape(input.shape()), indices.reshape(input.shape())};
    }

    /**
     * An optimizer step on the device (see {@link DeviceBackend#optimizerStep}); false when the
     * backend has no kernel for it, and the rule then runs on host copies.
     */
    public static boolean optimizerStep(String rule, Tensor[] tensors, double[] hyperparameters, boolean[] flags) {
        Device device = tensors[0].device();
        DeviceView[] views = new DeviceView[tensors.length];
        for (int i = 0; i < tensors.length; i++) {
            if (!tensors[i].isContiguous() || !tensors[i].device().equals(device)) {
                return false;
            }
            views[i] = view(tensors[i], device);
        }
        DeviceBackend backend = backendOf(device);
        try {
            backend.optimizerStep(rule, views, hyperparameters, flags);
        } catch (UnsupportedOperationException e) {
            return false;
        }
        for (Tensor t : tensors) {
            t.storage().bumpVersion();
        }
        return true;
    }

    /** An int64 vector of {@code values} on {@code device}. */
    static Tensor integers(long[] values, Device device) {
        Tensor host = Tensor.empty(new long[] {values.length}, DType.INT64);
        for (int i = 0; i < values.length; i++) {
            host.storage().setLong(i, values[i]);
        }
        return host.transferredTo(device);
    }

    private static DeviceBackend backendOf(Device device) {
        return dev.torchlet.engine.device.Devices.backend(device);
    }

    /** The kernel operand for a tensor; a CPU scalar is uploaded to the op's device. */
    private static DeviceView view(Tensor t, Device device) {
        Tensor on = t.device().equals(device) ? t : t.transferredTo(device);
        return new DeviceView(on.storage().deviceMemory(), on.dtype(), on.shape(), on.stride(), on.storageOffset());
    }

    /** A backend without a kernel for an op or dtype: the program gets a NotImplementedError naming the device. */
    private static void run(DeviceBackend backend, Runnable kernel) {
        try {
            kernel.run();
        } catch (UnsupportedOperationException e) {
            throw new TorchException(TorchException.Kind.NOT_IMPLEMENTED_ERROR, e.getMessage() + " (on " + backend.device() + ", "
                    + backend.description() + ")");
        }
    }
}
