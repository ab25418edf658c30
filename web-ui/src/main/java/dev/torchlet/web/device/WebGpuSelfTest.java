package dev.torchlet.web.device;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Storage;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.device.DeviceMemory;
import dev.torchlet.engine.device.DeviceView;
import dev.torchlet.engine.device.Devices;

/**
 * A smoke test of the backend through the engine's SPI alone (no interpreter): the worker's
 * page tests call it through an export, so the backend is checked in a real browser before the
 * engine's ops use it. Returns "ok", or one line per mismatch.
 */
public final class WebGpuSelfTest {
    private final WebGpuBackend gpu;
    private final StringBuilder failures = new StringBuilder();

    private WebGpuSelfTest(WebGpuBackend gpu) {
        this.gpu = gpu;
    }

    /** Reads back (waits for the GPU): call it through {@code Suspension.export}. */
    public static String run() {
        WebGpuBackend gpu = WebGpuStartup.backend();
        if (gpu == null || gpu.isLost()) {
            return "no accelerator: " + WebGpuStartup.unavailableReason();
        }
        WebGpuSelfTest test = new WebGpuSelfTest(gpu);
        try {
            test.elementwiseAndReduction();
            test.matmulOfTransposedView();
            test.integersAndBools();
            test.int64OutOfRange();
        } catch (RuntimeException e) {
            test.failures.append("threw ").append(e).append('\n');
        }
        return test.failures.length() == 0 ? "ok" : test.failures.toString();
    }

    /**
     * Loses the device on purpose, then checks that its tensors fail with the reason (no hang),
     * that cuda:0 is unregistered and that the page's badge empties. The accelerator is gone for
     * the rest of the worker's life.
     */
    public static String loseDevice() {
        WebGpuBackend gpu = WebGpuStartup.backend();
        if (gpu == null || gpu.isLost()) {
            return "no accelerator: " + WebGpuStartup.unavailableReason();
        }
        WebGpuSelfTest test = new WebGpuSelfTest(gpu);
        DeviceView x = test.upload(DType.FLOAT32, new long[] {2}, 1, 2);
        gpu.loseDevice();
        try {
            test.download(x);
            test.failures.append("reading a tensor of a lost device: no error\n");
        } catch (TorchException expected) {
            if (!expected.getMessage().contains("GPU was lost")) {
                test.failures.append("reading a tensor of a lost device: ").append(expected.getMessage()).append('\n');
            }
        }
        if (Devices.ofType("cuda") != null) {
            test.failures.append("cuda still registered after the loss\n");
        }
        if (!WebGpuStartup.acceleratorName().isEmpty()) {
            test.failures.append("the badge still names ").append(WebGpuStartup.acceleratorName()).append('\n');
        }
        return test.failures.length() == 0 ? "ok" : test.failures.toString();
    }

    /** y = exp(x * 2 + 1).sum(1) for x = arange(6.).reshape(2, 3), the adds in place. */
    private void elementwiseAndReduction() {
        DeviceView x = upload(DType.FLOAT32, new long[] {2, 3}, 0, 1, 2, 3, 4, 5);
        DeviceView two = upload(DType.FLOAT32, new long[0], 2);
        DeviceView one = upload(DType.FLOAT32, new long[0], 1);
        DeviceView t = empty(DType.FLOAT32, 2, 3);
        gpu.binary("mul", x, two, t);
        gpu.binary("add", t, one, t);
        gpu.unary("exp", t, t);
        DeviceView y = empty(DType.FLOAT32, 2);
        gpu.reduce("sum", t, new int[] {1}, y);
        float[] expected = new float[2];
        for (int i = 0; i < 6; i++) {
            expected[i / 3] += (float) Math.exp(2f * i + 1f);
        }
        expectClose("exp(x * 2 + 1).sum(1)", expected, download(y).float32Elements());
    }

    /** x @ x.T through bmm, the transpose a strided view of x's memory. */
    private void matmulOfTransposedView() {
        DeviceView x = upload(DType.FLOAT32, new long[] {2, 3}, 0, 1, 2, 3, 4, 5);
        DeviceView a = view(x, new long[] {1, 2, 3}, new long[] {6, 3, 1});
        DeviceView b = view(x, new long[] {1, 3, 2}, new long[] {6, 1, 3});
        DeviceView out = empty(DType.FLOAT32, 1, 2, 2);
        gpu.bmm(a, b, out);
        expectClose("x @ x.T", new float[] {5, 14, 14, 50}, download(out).float32Elements());
    }

    /** int64 narrowed and widened; a comparison gives bools; a copy casts them to float. */
    private void integersAndBools() {
        DeviceView n = upload(DType.INT64, new long[] {4}, -3, 0, 7, 2_000_000_000);
        DeviceView limit = upload(DType.INT64, new long[0], 1);
        DeviceView sum = empty(DType.INT64, 4);
        gpu.binary("add", n, n, sum);
        expectEqual("int64 n + n (wraps at int32)", new long[] {-6, 0, 14, -294_967_296}, download(sum).integerElements());
        DeviceView big = empty(DType.BOOL, 4);
        gpu.binary("gt", n, limit, big);
        expectEqual("n > 1", new long[] {0, 0, 1, 1}, download(big).integerElements());
        DeviceView asFloat = empty(DType.FLOAT32, 4);
        gpu.copy(big, asFloat);
        expectClose("(n > 1).float()", new float[] {0, 0, 1, 1}, download(asFloat).float32Elements());
        DeviceView total = empty(DType.INT64);
        gpu.reduce("sum", n, new int[0], total);
        expectEqual("n.sum()", new long[] {2_000_000_004L}, download(total).integerElements());
    }

    private void int64OutOfRange() {
        try {
            upload(DType.INT64, new long[] {1}, 1L << 40);
            failures.append("int64 out of int32 range: no error\n");
        } catch (TorchException expected) {
            if (!expected.getMessage().contains("int32")) {
                failures.append("int64 out of int32 range: unexpected message ").append(expected.getMessage()).append('\n');
            }
        }
    }

    private DeviceView upload(DType dtype, long[] shape, long... values) {
        Storage host = Storage.allocate(dtype, values.length);
        for (int i = 0; i < values.length; i++) {
            host.setLong(i, values[i]);
        }
        DeviceMemory memory = gpu.allocate(dtype, values.length);
        gpu.upload(host, memory);
        return new DeviceView(memory, dtype, shape, contiguousStrides(shape), 0);
    }

    private DeviceView empty(DType dtype, long... shape) {
        long n = 1;
        for (long size : shape) {
            n *= size;
        }
        return new DeviceView(gpu.allocate(dtype, (int) n), dtype, shape, contiguousStrides(shape), 0);
    }

    private static DeviceView view(DeviceView base, long[] shape, long[] strides) {
        return new DeviceView(base.memory(), base.dtype(), shape, strides, base.offset());
    }

    private Storage download(DeviceView view) {
        Storage host = Storage.allocate(view.dtype(), view.memory().elements());
        gpu.download(view.memory(), host);
        return host;
    }

    private static long[] contiguousStrides(long[] shape) {
        long[] strides = new long[shape.length];
        long stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return strides;
    }

    private void expectClose(String what, float[] expected, float[] actual) {
        for (int i = 0; i < expected.length; i++) {
            if (Math.abs(expected[i] - actual[i]) > 1e-5f * Math.max(1f, Math.abs(expected[i]))) {
                failures.append(what).append(": expected ").append(java.util.Arrays.toString(expected))
                        .append(", got ").append(java.util.Arrays.toString(actual)).append('\n');
                return;
            }
        }
    }

    private void expectEqual(String what, long[] expected, long[] actual) {
        if (!java.util.Arrays.equals(expected, actual)) {
            failures.append(what).append(": expected ").append(java.util.Arrays.toString(expected))
                    .append(", got ").append(java.util.Arrays.toString(actual)).append('\n');
        }
    }
}
