package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.engine.nn.Dropout;
import dev.torchlet.engine.nn.Upsampling;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Statistics (std/var/norm/logsumexp/prod/any/all), dropout and upsampling on the host-memory test
 * device, against the CPU: values, dtypes, grad_fn names and gradients. The device composes them
 * from sum/mean/prod/max kernels in float32, so values agree within float32 rounding.
 */
class DeviceStatisticsTest extends OnTestDevice {
    /** A seeded 3×4 matrix with one zero (for prod's gradient) on the CPU. */
    private static Tensor input() {
        Torch.manualSeed(0);
        Tensor x = Torch.randn(new long[] {3, 4}, DType.FLOAT32);
        x.storage().setDouble(5, 0);
        return x;
    }

    /** Runs {@code op} on a CPU leaf and on a device copy of another; values, grad_fn and gradients must agree. */
    private void sameOnBothDevices(String name, Function<Tensor, Tensor> op) {
        Tensor cpuLeaf = input().requiresGrad_(true);
        Tensor expected = op.apply(cpuLeaf);
        expected.sum().backward();
        Tensor deviceLeaf = input().requiresGrad_(true);
        Tensor actual = op.apply(deviceLeaf.to(cuda));
        assertEquals(cuda, actual.device(), name);
        assertEquals(expected.gradFnName(), actual.gradFnName(), name);
        actual.sum().backward();
        assertClose(name, expected, actual);
        assertClose(name + " gradient", cpuLeaf.grad(), deviceLeaf.grad());
    }

    private static void assertClose(String name, Tensor expected, Tensor actual) {
        assertArrayEquals(expected.shape(), actual.shape(), name);
        assertEquals(expected.dtype(), actual.dtype(), name);
        double[] want = TensorValues.read(expected.detach());
        double[] got = TensorValues.read(actual.onHost());
        for (int i = 0; i < want.length; i++) {
            boolean same = Double.compare(want[i], got[i]) == 0 || Math.abs(want[i] - got[i]) <= 1e-5 * Math.max(1, Math.abs(want[i]));
            assertTrue(same, name + "[" + i + "]: " + want[i] + " on the CPU, " + got[i] + " on the device");
        }
    }

    @Test
    void bernoulliAndMultinomialDrawWhatTheCpuDraws() {
        Torch.manualSeed(3);
        Tensor probabilities = Torch.rand(new long[] {2, 5}, DType.FLOAT32);
        Torch.manualSeed(4);
        Tensor expectedCoins = RandomFills.bernoulli(probabilities);
        Tensor expectedPicks = RandomFills.multinomial(probabilities, 3, false);
        Tensor expectedRepeats = RandomFills.multinomial(probabilities, 4, true);
        Tensor onDevice = probabilities.to(cuda);
        Torch.manualSeed(4);
        Tensor coins = RandomFills.bernoulli(onDevice);
        Tensor picks = RandomFills.multinomial(onDevice, 3, false);
        Tensor repeats = RandomFills.multinomial(onDevice, 4, true);
        assertEquals(cuda, coins.device());
        assertEquals(cuda, picks.device());
        assertEquals(expectedCoins.toString(), coins.cpu().toString());
        assertEquals(expectedPicks.toString(), picks.cpu().toString());
        assertEquals(expectedRepeats.toString(), repeats.cpu().toString());
    }

    @Test
    void varianceAndStandardDeviation() {
        sameOnBothDevices("std", x -> Statistics.std(x, null, 1, false));
        sameOnBothDevices("std(1)", x -> Statistics.std(x, 1, 1, false));
        sameOnBothDevices("std(0, unbiased=False, keepdim)", x -> Statistics.std(x, 0, 0, true));
        sameOnBothDevices("var", x -> Statistics.var(x, null, 1, true));
        sameOnBothDevices("var(-1, correction=2)", x -> Statistics.var(x, -1, 2, false));
        sameOnBothDevices("var of one element", x -> Statistics.var(x.slice(1, 0L, 1L, 1), 1, 1, false));
    }

    @Test
    void norms() {
        for (double p : new double[] {2, 1, 0, 3, 0.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            sameOnBothDevices("norm p=" + p, x -> Statistics.norm(x, p, null, false));
            sameOnBothDevices("norm p=" + p + " dim 1", x -> Statistics.norm(x, p, 1, true));
        }
        sameOnBothDevices("norm of a zero row", x -> Statistics.norm(x.mul(Scalar.of(0L)), 3, 1, false));
    }

    @Test
    void logsumexpAndItsInfinities() {
        sameOnBothDevices("logsumexp(1)", x -> Statistics.logsumexp(x, 1, false));
        sameOnBothDevices("logsumexp(0, keepdim)", x -> Statistics.logsumexp(x.mul(Scalar.of(100L)), 0, true));
        double inf = Double.POSITIVE_INFINITY;
        Tensor special = TensorValues.create(new double[] {-inf, -inf, inf, 1, 0, 1}, new long[] {3, 2}, DType.FLOAT32);
        assertEquals(Statistics.logsumexp(special, 1, false).toString(), Statistics.logsumexp(special.to(cuda), 1, false).onHost().toString());
    }

    @Test
    void productsWithZerosAndIntegers() {
        sameOnBothDevices("prod", x -> Statistics.prod(x, null, false));
        sameOnBothDevices("prod(1)", x -> Statistics.prod(x, 1, false));
        sameOnBothDevices("prod(0, keepdim)", x -> Statistics.prod(x, 0, true));
        Tensor integers = Torch.arange(Scalar.of(1L), Scalar.of(7L), Scalar.of(1L), DType.INT32).reshape(2, 3);
        assertEquals(Statistics.prod(integers, 1, false).toString(), Statistics.prod(integers.to(cuda), 1, false).onHost().toString());
        assertTrue(backend.launched.contains("prod"), backend.launched.toString());
    }

    @Test
    void anyAndAll() {
        Tensor x = input();
        Tensor bytes = x.to(DType.UINT8);
        for (Tensor t : List.of(x, bytes, Comparisons.compare(Comparisons.Comparison.GT, x, Scalar.of(0L)))) {
            Tensor d = t.to(cuda);
            for (Integer dim : new Integer[] {null, 0, -1}) {
                assertEquals(Statistics.any(t, dim, false).toString(), Statistics.any(d, dim, false).onHost().toString());
                assertEquals(Statistics.all(t, dim, true).toString(), Statistics.all(d, dim, true).onHost().toString());
            }
        }
    }

    @Test
    void dropoutDrawsTheCpuGeneratorsNumbersOnEveryDevice() {
        sameOnBothDevices("dropout", x -> {
            Torch.manualSeed(7);
            return Dropout.apply(x, 0.4, true, false);
        });
    }

    @Test
    void nearestAndBilinearUpsampling() {
        Function<Tensor, Tensor> image = x -> x.reshape(1, 1, 3, 4);
        sameOnBothDevices("nearest", x -> Upsampling.nearest(image.apply(x), new long[] {5, 7}, null));
        sameOnBothDevices("nearest 1-D", x -> Upsampling.nearest(x.reshape(1, 3, 4), null, new double[] {2}));
        sameOnBothDevices("bilinear", x -> Upsampling.bilinear(image.apply(x), new long[] {4, 6}, false, null).mul(x.sum()));
        sameOnBothDevices("bilinear, aligned corners", x -> Upsampling.bilinear(image.apply(x), new long[] {6, 3}, true, null));
        sameOnBothDevices("linear", x -> Upsampling.linear(x.reshape(1, 3, 4), new long[] {9}, false, null));
        assertTrue(backend.launched.containsAll(List.of("take", "put_add")), backend.launched.toString());
        Tensor bytes = Torch.arange(Scalar.of(0L), Scalar.of(6L), Scalar.of(1L), DType.UINT8).reshape(1, 1, 2, 3);
        assertEquals(Upsampling.nearest(bytes, null, new double[] {2, 1.5}).toString(),
                Upsampling.nearest(bytes.to(cuda), null, new double[] {2, 1.5}).onHost().toString());
    }

    @Test
    void recurrentNetworksJoinTheirStepsOnTheInputsDevice() {
        // A 2-layer LSTM over a [4, 1, 3] sequence: its steps are stacked and its layers' states joined with cat.
        sameOnBothDevices("lstm", x -> {
            Torch.manualSeed(1);
            List<Tensor> weights = new java.util.ArrayList<>();
            for (long[] shape : new long[][] {{8, 3}, {8, 2}, {8}, {8}, {8, 2}, {8, 2}, {8}, {8}}) {
                weights.add(Torch.randn(shape, DType.FLOAT32).to(x.device()));
            }
            Tensor[] states = {Torch.zeros(2, 1, 2).to(x.device()), Torch.zeros(2, 1, 2).to(x.device())};
            Tensor[] result = dev.torchlet.engine.nn.Recurrent.forward(dev.torchlet.engine.nn.Recurrent.Mode.LSTM,
                    x.reshape(4, 1, 3), states, weights, true, 2, false, 0, true, false);
            return result[0].sum().add(result[1].sum()).add(result[2].sum());
        });
        TorchException mixed = org.junit.jupiter.api.Assertions.assertThrows(TorchException.class,
                () -> Joins.cat(List.of(input().to(cuda), input()), 0));
        assertEquals("Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!", mixed.getMessage());
    }
}
