package dev.torchlet.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.HostMemoryBackend;
import dev.torchlet.engine.OnTestDevice;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.ValuesIndices;
import dev.torchlet.engine.autograd.Backward;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Convolutions and pooling on an accelerator (the host-memory test device) give the CPU's
 * outputs, indices and gradients: the gathers, batched products and folds of DeviceConvolution and
 * DevicePooling against the CPU's direct loops, for padding, stride, dilation, groups, ceil mode,
 * transposed and 1-D/3-D cases.
 */
class DeviceWindowsTest extends OnTestDevice {
    @BeforeEach
    void seed() {
        Torch.manualSeed(7);
    }

    /** Runs {@code op} on CPU leaves and on device copies; outputs and every input's gradient agree within float32 rounding. */
    private void agree(Function<Tensor[], Tensor> op, long[]... shapes) {
        Tensor[] cpu = new Tensor[shapes.length];
        Tensor[] device = new Tensor[shapes.length];
        for (int i = 0; i < shapes.length; i++) {
            cpu[i] = Torch.randn(shapes[i], DType.FLOAT32).requiresGrad_(true);
            device[i] = cpu[i].detach().to(cuda).requiresGrad_(true);
        }
        Tensor expected = op.apply(cpu);
        Tensor actual = op.apply(device);
        assertEquals(cuda, actual.device());
        assertEquals(expected.gradFnName(), actual.gradFnName());
        close(expected, actual.cpu());
        Tensor seed = Torch.randn(expected.shape(), DType.FLOAT32);
        Backward.run(expected, seed, false, false);
        Backward.run(actual, seed.to(cuda), false, false);
        for (int i = 0; i < shapes.length; i++) {
            assertEquals(cuda, device[i].grad().device());
            close(cpu[i].grad(), device[i].grad().cpu());
        }
    }

    private static void close(Tensor expected, Tensor actual) {
        assertEquals(java.util.Arrays.toString(expected.shape()), java.util.Arrays.toString(actual.shape()));
        for (long i = 0; i < expected.numel(); i++) {
            double e = expected.doubleAt(i);
            assertEquals(e, actual.doubleAt(i), 1e-5 * Math.max(1, Math.abs(e)), "element " + i);
        }
    }

    private static long[] s(long... shape) {
        return shape;
    }

    @Test
    void convolutionsRunAsGathersAndProducts() {
        agree(t -> Convolution.conv2d(t[0], t[1], t[2], new int[] {1, 1}, new int[] {1, 1}, new int[] {1, 1}, 1),
                s(2, 3, 6, 6), s(4, 3, 3, 3), s(4));
        agree(t -> Convolution.conv2d(t[0], t[1], null, new int[] {2, 1}, new int[] {2, 0}, new int[] {2, 1}, 2),
                s(2, 4, 9, 7), s(6, 2, 3, 2));
        agree(t -> Convolution.conv1d(t[0], t[1], null, 2, 0, 1, 1), s(2, 3, 10), s(5, 3, 3));
        agree(t -> Convolution.conv3d(t[0], t[1], null, new int[] {1, 1, 1}, new int[] {1, 1, 1}, new int[] {1, 1, 1}, 1),
                s(1, 2, 4, 4, 4), s(3, 2, 3, 3, 3));
        agree(t -> Convolution.conv2d(t[0], t[1], null, new int[] {1, 1}, new int[] {0, 0}, new int[] {1, 1}, 1),
                s(3, 5, 5), s(2, 3, 2, 2));
        assertTrue(backend.launched.contains("take") && backend.launched.contains("bmm"), backend.launched.toString());
    }

    @Test
    void transposedConvolutionsRunOnTheDevice() {
        agree(t -> Convolution.convTranspose("conv_transpose2d", t[0], t[1], t[2], new int[] {2, 2}, new int[] {1, 1},
                new int[] {1, 1}, 1, new int[] {1, 1}), s(2, 4, 5, 5), s(4, 3, 3, 3), s(3));
        agree(t -> Convolution.convTranspose("conv_transpose2d", t[0], t[1], null, new int[] {1, 1}, new int[] {0, 0},
                new int[] {0, 0}, 2, new int[] {2, 2}), s(2, 4, 5, 5), s(4, 1, 3, 3));
    }

    @Test
    void maxPoolingFindsTheCpusMaximaAndIndices() {
        int[][] cases = {{2, 2, 0, 1, 0}, {3, 2, 1, 1, 0}, {3, 2, 0, 2, 1}};
        for (int[] c : cases) {
            int[] k = {c[0], c[0]};
            int[] st = {c[1], c[1]};
            int[] p = {c[2], c[2]};
            int[] d = {c[3], c[3]};
            Tensor x = Torch.randn(s(2, 3, 9, 9), DType.FLOAT32);
            ValuesIndices cpu = Pooling.maxPool2dWithIndices(x, k, st, p, d, c[4] == 1);
            ValuesIndices device = Pooling.maxPool2dWithIndices(x.to(cuda), k, st, p, d, c[4] == 1);
            assertEquals(cpu.indices().toString(), device.indices().cpu().toString());
            agree(t -> Pooling.maxPool2dWithIndices(t[0], k, st, p, d, c[4] == 1).values(), s(2, 3, 9, 9));
        }
        agree(t -> Pooling.maxPool3dWithIndices(t[0], new int[] {2, 2, 2}, new int[] {2, 2, 2}, new int[] {0, 0, 0},
                new int[] {1, 1, 1}, false).values(), s(1, 2, 4, 4, 4));
        agree(t -> Pooling.adaptiveMaxPool2d(t[0], 3, 2).values(), s(2, 3, 7, 5));
        agree(t -> Pooling1d.maxPool1dWithIndices(t[0], 2, 2, 0, 1, false).values(), s(2, 3, 8));
    }

    @Test
    void overlappingWindowsSendEachGradientToItsMaximumOnly() {
        // A constant input: every window's first element is its maximum, shared by neighbouring windows.
        Tensor x = Torch.ones(1, 1, 5, 5);
        Tensor cpu = x.detach().requiresGrad_(true);
        Tensor device = x.to(cuda).requiresGrad_(true);
        Backward.run(Pooling.maxPool2dWithIndices(cpu, new int[] {3, 3}, new int[] {1, 1}, new int[] {1, 1}, new int[] {1, 1}, false)
                .values().sum(), Torch.ones(), false, false);
        Backward.run(Pooling.maxPool2dWithIndices(device, new int[] {3, 3}, new int[] {1, 1}, new int[] {1, 1}, new int[] {1, 1},
                false).values().sum(), Torch.ones().to(cuda), false, false);
        assertEquals(cpu.grad().toString(), device.grad().cpu().toString());
    }

    @Test
    void averagePoolingDividesAsTheCpuDoes() {
        agree(t -> AveragePooling.avgPool2d(t[0], new int[] {2, 2}, new int[] {2, 2}, new int[] {0, 0}, false, true, null),
                s(2, 3, 8, 8));
        agree(t -> AveragePooling.avgPool2d(t[0], new int[] {3, 3}, new int[] {2, 2}, new int[] {1, 1}, false, false, null),
                s(2, 3, 7, 7));
        agree(t -> AveragePooling.avgPool2d(t[0], new int[] {3, 3}, new int[] {2, 2}, new int[] {1, 1}, true, true, null),
                s(2, 3, 8, 8));
        agree(t -> AveragePooling.avgPool2d(t[0], new int[] {2, 2}, new int[] {1, 1}, new int[] {0, 0}, false, true, 3),
                s(1, 2, 4, 4));
        agree(t -> AveragePooling.avgPool3d(t[0], new int[] {2, 2, 2}, new int[] {2, 2, 2}, new int[] {0, 0, 0}, false, true,
                null), s(1, 2, 4, 4, 4));
        agree(t -> AveragePooling.adaptiveAvgPool2d(t[0], 3, 2), s(2, 3, 7, 5));
        agree(t -> AveragePooling.adaptiveAvgPool2d(t[0], 1, 1), s(2, 3, 7, 5));
    }

    @Test
    void aDeviceOpenedAgainGetsItsOwnTables() {
        Tensor x = Torch.randn(s(1, 2, 6, 6), DType.FLOAT32);
        Tensor expected = AveragePooling.avgPool2d(x, new int[] {2, 2}, new int[] {2, 2}, new int[] {0, 0}, false, true, null);
        AveragePooling.avgPool2d(x.to(cuda), new int[] {2, 2}, new int[] {2, 2}, new int[] {0, 0}, false, true, null);
        // The device is lost and a new one takes its name: tables in the old one's memory must not be used.
        dev.torchlet.engine.device.Devices.unregister(cuda);
        HostMemoryBackend reopened = new HostMemoryBackend();
        dev.torchlet.engine.device.Devices.register(reopened);
        Tensor again = AveragePooling.avgPool2d(x.to(cuda), new int[] {2, 2}, new int[] {2, 2}, new int[] {0, 0}, false, true,
                null);
        assertEquals(expected.toString(), again.cpu().toString());
    }

    @Test
    void aWeightLeftOnTheCpuIsPyTorchsError() {
        Tensor x = Torch.randn(s(1, 3, 4, 4), DType.FLOAT32).to(cuda);
        Tensor w = Torch.randn(s(2, 3, 3, 3), DType.FLOAT32);
        TorchException e = org.junit.jupiter.api.Assertions.assertThrows(TorchException.class,
                () -> Convolution.conv2d(x, w, null, new int[] {1, 1}, new int[] {0, 0}, new int[] {1, 1}, 1));
        assertEquals("Input type (torch.cuda.FloatTensor) and weight type (torch.FloatTensor) should be the same", e.getMessage());
        assertFalse(backend.launched.contains("bmm"));
    }
}
