package dev.torchlet.engine;

import dev.torchlet.engine.device.Device;
import dev.torchlet.engine.device.DeviceBackend;
import dev.torchlet.engine.device.DeviceMemory;
import dev.torchlet.engine.device.DeviceView;
import java.util.ArrayList;
import java.util.List;

/**
 * A test accelerator whose device memory is host memory of its own and whose kernels are the
 * engine's CPU ops on those views: it checks the engine's side of devices (placement, transfers,
 * dispatch, autograd, errors) on the JVM. The real backends (WebGPU) are tested in the browser.
 * It refuses float64, as WebGPU does.
 */
public final class HostMemoryBackend implements DeviceBackend {
    public static final Device DEVICE = new Device("cuda", 0);

    /** The kernels run, in order ("add", "copy", "sum", "bmm"…). */
    public final List<String> launched = new ArrayList<>();
    private long allocated;

    record Memory(Storage storage) implements DeviceMemory {
        @Override
        public int elements() {
            return storage.size();
        }
    }

    @Override
    public Device device() {
        return DEVICE;
    }

    @Override
    public String description() {
        return "host memory test device";
    }

    @Override
    public boolean supports(DType dtype) {
        return dtype != DType.FLOAT64;
    }

    @Override
    public DeviceMemory allocate(DType dtype, int elements) {
        allocated += (long) elements * 4;
        return new Memory(Storage.allocate(dtype, elements));
    }

    @Override
    public void upload(Storage source, DeviceMemory target) {
        transfer(source, ((Memory) target).storage());
    }

    @Override
    public void download(DeviceMemory source, Storage target) {
        transfer(((Memory) source).storage(), target);
    }

    private static void transfer(Storage from, Storage to) {
        for (int i = 0; i < from.size(); i++) {
            if (from.dtype().isFloatingPoint()) {
                to.setDouble(i, from.getDouble(i));
            } else {
                to.setLong(i, from.getLong(i));
            }
        }
    }

    @Override
    public void unary(String op, DeviceView input, DeviceView out) {
        launched.add(op);
        write(out, ElementwiseKernels.unary(UnaryOp.valueOf(op.toUpperCase()), host(input)));
    }

    @Override
    public void binary(String op, DeviceView a, DeviceView b, DeviceView out) {
        launched.add(op);
        write(out, ElementwiseKernels.binary(BinaryOp.valueOf(op.toUpperCase()), host(a), host(b)));
    }

    @Override
    public void copy(DeviceView input, DeviceView out) {
        launched.add("copy");
        write(out, host(input));
    }

    @Override
    public void reduce(String op, DeviceView input, int[] dims, DeviceView out) {
        launched.add(op);
        Tensor x = host(input);
        Tensor result = switch (op) {
            case "mean" -> Reductions.mean(x, dims, false);
            case "sum" -> Reductions.sum(x, dims, false);
            case "max" -> Extrema.max(x);
            case "min" -> Extrema.min(x);
            default -> throw new UnsupportedOperationException("no " + op + " reduction");
        };
        if ((op.equals("max") || op.equals("min")) && dims.length != x.dim()) {
            throw new UnsupportedOperationException("the test device reduces max and min over all dims only");
        }
        write(out, result);
    }

    @Override
    public void bmm(DeviceView a, DeviceView b, DeviceView out) {
        launched.add("bmm");
        write(out, BatchedProducts.bmm(host(a), host(b)));
    }

    @Override
    public long allocatedBytes() {
        return allocated;
    }

    private static Tensor host(DeviceView view) {
        return StorageViews.view(((Memory) view.memory()).storage(), view.offset(), view.shape(), view.strides());
    }

    private static void write(DeviceView out, Tensor values) {
        host(out).copyValuesFrom(values);
    }
}
