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
    /** Device-to-host copies so far (ops that must stay on the device check it does not grow). */
    public int downloads;
    private long allocated;

    /** Memory knows its backend: like a real device's, it cannot be used by another (a device opened again). */
    record Memory(Storage storage, HostMemoryBackend owner) implements DeviceMemory {
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
        return new Memory(Storage.allocate(dtype, elements), this);
    }

    @Override
    public void upload(Storage source, DeviceMemory target) {
        transfer(source, own(target));
    }

    @Override
    public void download(DeviceMemory source, Storage target) {
        downloads++;
        transfer(own(source), target);
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
        write(out, op.equals("bitwise_not") ? Comparisons.bitwiseNot(host(input))
                : ElementwiseKernels.unary(UnaryOp.valueOf(op.toUpperCase()), host(input)));
    }

    @Override
    public void binary(String op, DeviceView a, DeviceView b, DeviceView out) {
        launched.add(op);
        boolean comparison = java.util.List.of("eq", "ne", "lt", "le", "gt", "ge").contains(op);
        Tensor result;
        if (comparison) {
            result = Comparisons.compare(Comparisons.Comparison.valueOf(op.toUpperCase()), host(a), host(b));
        } else if (op.startsWith("logical_")) {
            result = Comparisons.logical(Comparisons.Logical.valueOf(op.substring(8).toUpperCase()), host(a), host(b));
        } else if (op.startsWith("bitwise_")) {
            result = Comparisons.bitwise(Comparisons.Logical.valueOf(op.substring(8).toUpperCase()), host(a), host(b));
        } else {
            result = ElementwiseKernels.binary(BinaryOp.valueOf(op.toUpperCase()), host(a), host(b));
        }
        write(out, result);
    }

    @Override
    public void copy(DeviceView input, DeviceView out) {
        launched.add("copy");
        write(out, host(input));
    }

    @Override
    public void where(DeviceView condition, DeviceView a, DeviceView b, DeviceView out) {
        launched.add("where");
        write(out, IndexFunctions.choose(host(condition), host(a), host(b), out.shape()));
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
            case "prod" -> dims.length == x.dim() ? Statistics.prod(x, null, false) : Statistics.prod(x, dims[0], false);
            default -> throw new UnsupportedOperationException("no " + op + " reduction");
        };
        if ((op.equals("max") || op.equals("min")) && dims.length != x.dim()) {
            throw new UnsupportedOperationException("the test device reduces max and min over all dims only");
        }
        if (op.equals("prod") && dims.length > 1 && dims.length != x.dim()) {
            throw new UnsupportedOperationException("the test device multiplies along one dim or all dims");
        }
        write(out, result);
    }

    @Override
    public void bmm(DeviceView a, DeviceView b, DeviceView out) {
        launched.add("bmm");
        write(out, BatchedProducts.bmm(host(a), host(b)));
    }

    @Override
    public void softmax(String op, DeviceView input, int dim, DeviceView out) {
        launched.add(op);
        Tensor x = host(input);
        write(out, op.equals("softmax") ? dev.torchlet.engine.nn.Activations.softmax(x, dim)
                : dev.torchlet.engine.nn.Activations.logSoftmax(x, dim));
    }

    /** Kernels run as they are called here: there is nothing to wait for. */
    @Override
    public void synchronize() {
        launched.add("synchronize");
    }

    @Override
    public void softmaxBackward(String op, DeviceView result, DeviceView grad, int dim, DeviceView out) {
        launched.add(op + "_backward");
        Tensor r = host(result);
        Tensor g = host(grad);
        write(out, op.equals("softmax") ? r.mul(g.sub(g.mul(r).sum(dim, true)))
                : g.sub(r.unary(UnaryOp.EXP).mul(g.sum(dim, true))));
    }

    @Override
    public void reduceWithIndex(String op, DeviceView input, int dim, DeviceView values, DeviceView indices) {
        launched.add(op + "_with_index");
        Tensor x = host(input);
        ValuesIndices found = op.equals("max") ? Extrema.max(x, dim, false) : Extrema.min(x, dim, false);
        write(values, found.values());
        write(indices, found.indices());
    }

    @Override
    public void take(DeviceView input, DeviceView positions, DeviceView out) {
        launched.add("take");
        if (positions.shape().length != 1 || positions.strides()[0] != 1) {
            throw new IllegalArgumentException("positions must be a contiguous vector, as WebGPU's take kernel reads them");
        }
        Tensor where = host(positions);
        long[] sources = new long[(int) where.numel()];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = where.longAt(i);
        }
        write(out, ElementPositions.take(host(input), sources, out.shape()));
    }

    @Override
    public void put(DeviceView target, DeviceView targets, DeviceView starts, DeviceView order, DeviceView values,
            boolean accumulate) {
        launched.add(accumulate ? "put_add" : "put");
        Storage into = own(target.memory());
        Tensor positions = host(targets);
        Tensor from = host(starts);
        Tensor sequence = host(order);
        Tensor v = host(values);
        for (int k = 0; k < positions.numel(); k++) {
            int at = (int) (target.offset() + positions.longAt(k));
            for (long j = from.longAt(k); j < from.longAt(k + 1); j++) {
                long source = sequence.longAt(j);
                if (into.dtype().isFloatingPoint()) {
                    into.setDouble(at, (accumulate ? into.getDouble(at) : 0) + v.doubleAt(source));
                } else {
                    into.setLong(at, (accumulate ? into.getLong(at) : 0) + v.longAt(source));
                }
            }
        }
    }

    @Override
    public void cumulative(String op, DeviceView input, int dim, DeviceView out) {
        launched.add(op);
        Tensor x = host(input);
        write(out, op.equals("cumsum") ? Scans.cumsum(x, dim) : Scans.cumprod(x, dim));
    }

    @Override
    public void sort(DeviceView input, int dim, boolean descending, DeviceView values, DeviceView indices) {
        launched.add("sort");
        ValuesIndices sorted = Extrema.sort(host(input), dim, descending);
        write(values, sorted.values());
        write(indices, sorted.indices());
    }

    /** No fused optimizer kernels here: the engine then runs the rules through host copies (that path is tested). */
    @Override
    public void optimizerStep(String rule, DeviceView[] buffers, double[] hyperparameters, boolean[] flags) {
        throw new UnsupportedOperationException("the test device has no optimizer kernels");
    }

    @Override
    public long allocatedBytes() {
        return allocated;
    }

    private Storage own(DeviceMemory memory) {
        if (memory instanceof Memory mine && mine.owner() == this) {
            return mine.storage();
        }
        throw new IllegalArgumentException("memory of another device given to the test device");
    }

    private Tensor host(DeviceView view) {
        return StorageViews.view(own(view.memory()), view.offset(), view.shape(), view.strides());
    }

    private void write(DeviceView out, Tensor values) {
        host(out).copyValuesFrom(values);
    }
}
