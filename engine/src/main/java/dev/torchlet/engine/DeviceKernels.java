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
final class DeviceKernels {
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
        Device device = input.device();
        Tensor out = Tensor.empty(input.shape(), resultType, device);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.unary(op.pytorchName(), view(input, device), view(out, device)));
        return out;
    }

    static Tensor binary(String op, Tensor a, Tensor b, long[] shape, DType resultType) {
        Device device = commonDevice(a, b);
        Tensor out = Tensor.empty(shape, resultType, device);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.binary(op, view(a, device), view(b, device), view(out, device)));
        return out;
    }

    /** Writes {@code source} (broadcast, cast) into {@code target}, moving it to target's device first when needed. */
    static void copy(Tensor source, Tensor target) {
        Device device = target.device();
        Tensor from = source.device().equals(device) ? source : source.transferredTo(device);
        DeviceBackend backend = backendOf(device);
        run(backend, () -> backend.copy(view(from, device), view(target, device)));
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
        long[] kernelShape = new long[input.dim() - dims.length];
        for (int d = 0, i = 0; d < input.dim(); d++) {
            if (!(reduced == null || reduced[d])) {
                kernelShape[i++] = input.shape()[d];
            }
        }
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
