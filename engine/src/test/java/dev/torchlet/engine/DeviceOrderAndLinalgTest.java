package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * median/nanmedian/mode/unique, det/inverse and cumprod's gradient on the host-memory test device
 * against the CPU: values (float32 rounding apart: the device composes them in float32, the CPU
 * works in double for det and inverse), indices and integer results exactly, grad_fn names and
 * gradients.
 */
class DeviceOrderAndLinalgTest extends OnTestDevice {
    private static final double NAN = Double.NaN;

    private static Tensor floats(long[] shape, double... values) {
        Tensor t = Tensor.empty(shape, DType.FLOAT32);
        for (int i = 0; i < values.length; i++) {
            t.storage().setDouble(i, values[i]);
        }
        return t;
    }

    private static Tensor longs(long[] shape, long... values) {
        Tensor t = Tensor.empty(shape, DType.INT64);
        for (int i = 0; i < values.length; i++) {
            t.storage().setLong(i, values[i]);
        }
        return t;
    }

    /** Lanes with ties, NaN in some and repeated values, three dims to pick along. */
    private static Tensor ties() {
        return floats(new long[] {2, 3, 4}, 3, 1, 3, 2, 5, 5, NAN, 4, 0, 0, 0, 0,
                -1, 2, -1, 2, NAN, NAN, 7, 7, 1, 9, 1, 9);
    }

    private static Tensor withoutNan(Tensor t) {
        return IndexFunctions.where(Comparisons.ne(t, t), Torch.full(new long[0], Scalar.of(5.0), t.dtype()), t);
    }

    private void sameOnBothDevices(String name, Tensor input, Function<Tensor, Tensor[]> op) {
        Tensor cpuLeaf = input.clone().requiresGrad_(input.dtype().isFloatingPoint());
        Tensor[] expected = op.apply(cpuLeaf);
        Tensor deviceLeaf = input.clone().requiresGrad_(input.dtype().isFloatingPoint());
        Tensor[] actual = op.apply(deviceLeaf.to(cuda));
        for (int k = 0; k < expected.length; k++) {
            assertEquals(cuda, actual[k].device(), name);
            assertEquals(expected[k].gradFnName(), actual[k].gradFnName(), name);
            assertClose(name + " output " + k, expected[k], actual[k]);
        }
        if (expected[0].requiresGrad()) {
            Tensor weights = Torch.arange(Scalar.of(1.0), Scalar.of(expected[0].numel() + 1.0), Scalar.of(1.0), DType.FLOAT32)
                    .reshape(expected[0].shape());
            expected[0].mul(weights).sum().backward();
            actual[0].mul(weights.to(cuda)).sum().backward();
            assertClose(name + " gradient", cpuLeaf.grad(), deviceLeaf.grad());
        }
    }

    private static void assertClose(String name, Tensor expected, Tensor actual) {
        assertArrayEquals(expected.shape(), actual.shape(), name);
        assertEquals(expected.dtype(), actual.dtype(), name);
        double[] want = TensorValues.read(expected.detach());
        double[] got = TensorValues.read(actual.detach().onHost());
        for (int i = 0; i < want.length; i++) {
            boolean same = Double.compare(want[i], got[i]) == 0 || Math.abs(want[i] - got[i]) <= 1e-5 * Math.max(1, Math.abs(want[i]));
            assertTrue(same, name + "[" + i + "]: " + want[i] + " on the CPU, " + got[i] + " on the device");
        }
    }

    private static Tensor[] pair(ValuesIndices picked) {
        return new Tensor[] {picked.values(), picked.indices()};
    }

    @Test
    void medianPicksTheCpusElementAlongEveryDim() {
        for (int dim = -1; dim < 3; dim++) {
            int d = dim;
            sameOnBothDevices("median dim " + d, ties(), t -> pair(OrderStatistics.median(t, d, false)));
            sameOnBothDevices("nanmedian dim " + d, ties(), t -> pair(OrderStatistics.nanmedian(t, d, true)));
            // Where NaN goes among unique values is up to the CPU's unstable sort (see DeviceOrderStatistics): mode without NaN.
            sameOnBothDevices("mode dim " + d, withoutNan(ties()), t -> pair(OrderStatistics.mode(t, d, d == 0)));
        }
        Tensor numbers = floats(new long[] {2, 3}, 4, -2, 8, 1, 1, 0);
        sameOnBothDevices("median of all", numbers, t -> new Tensor[] {OrderStatistics.median(t)});
        sameOnBothDevices("median of all with NaN", ties(), t -> new Tensor[] {OrderStatistics.median(t)});
        sameOnBothDevices("nanmedian of all", ties(), t -> new Tensor[] {OrderStatistics.nanmedian(t)});
        Tensor integers = longs(new long[] {2, 5}, 4, 4, 1, 9, 1, 7, 7, 7, 2, 2);
        sameOnBothDevices("integer median", integers, t -> pair(OrderStatistics.median(t, 1, false)));
        sameOnBothDevices("integer mode", integers, t -> pair(OrderStatistics.mode(t, 1, false)));
        sameOnBothDevices("0-d mode", floats(new long[0], 2.5), t -> pair(OrderStatistics.mode(t, 0, false)));
    }

    @Test
    void uniqueGivesTheCpusValuesInverseAndCounts() {
        // The CPU's std::sort leaves NaN values anywhere (see HashSetUnique): compared without NaN here, with NaN below.
        for (Tensor input : new Tensor[] {withoutNan(ties()), longs(new long[] {3, 3}, 5, -1, 5, 0, 0, 9, -1, 5, 2),
            floats(new long[] {0}), floats(new long[] {4}, 0.0, -0.0, 1, 0.0)}) {
            OrderStatistics.Unique expected = OrderStatistics.unique(input);
            OrderStatistics.Unique actual = OrderStatistics.unique(input.to(cuda));
            assertClose("unique values", expected.values(), actual.values());
            assertClose("unique inverse", expected.inverse(), actual.inverse());
            assertClose("unique counts", expected.counts(), actual.counts());
        }
    }

    @Test
    void uniqueOfNanGivesEachNanOwnValueLastWithCountAndInverseZero() {
        OrderStatistics.Unique found = OrderStatistics.unique(floats(new long[] {5}, NAN, 1, NAN, 2, 1).to(cuda));
        assertEquals("tensor([1., 2., nan, nan])", found.values().onHost().toString());
        assertEquals("tensor([0, 0, 0, 1, 0])", found.inverse().onHost().toString());
        assertEquals("tensor([2, 1, 0, 0])", found.counts().onHost().toString());
    }

    @Test
    void uniqueSlicesAlongADimAreTheCpus() {
        Tensor rows = floats(new long[] {5, 3}, 1, 2, 3, 0, 5, 1, 1, 2, 3, 0, 5, 0, NAN, 1, 1);
        Tensor integers = longs(new long[] {2, 3, 4}, 1, 1, 0, 1, 2, 2, 2, 2, 1, 1, 0, 1, 0, 0, 0, 0, 2, 2, 2, 2, 1, 1, 0, 1);
        for (Tensor input : new Tensor[] {rows, integers}) {
            for (int dim = 0; dim < input.dim(); dim++) {
                OrderStatistics.Unique expected = UniqueSlices.unique(input, dim);
                OrderStatistics.Unique actual = UniqueSlices.unique(input.to(cuda), dim);
                assertEquals(cuda, actual.values().device());
                assertClose("unique dim " + dim + " values", expected.values(), actual.values());
                assertClose("unique dim " + dim + " inverse", expected.inverse(), actual.inverse());
                assertClose("unique dim " + dim + " counts", expected.counts(), actual.counts());
            }
        }
    }

    /** A seeded batch of two 4×4 matrices, well conditioned enough for float32. */
    private static Tensor matrices() {
        Torch.manualSeed(7);
        return Torch.randn(new long[] {2, 4, 4}, DType.FLOAT32).add(Creation.eye(4, 4, DType.FLOAT32).mul(Scalar.of(2.0)));
    }

    @Test
    void detAndInverseMatchTheCpuWithGradients() {
        sameOnBothDevices("det", matrices(), t -> new Tensor[] {MatrixFunctions.det(t)});
        sameOnBothDevices("inverse", matrices(), t -> new Tensor[] {MatrixFunctions.inverse(t)});
        sameOnBothDevices("det of one matrix", matrices().select(0, 1), t -> new Tensor[] {MatrixFunctions.det(t)});
        Tensor singular = floats(new long[] {3, 3}, 1, 2, 3, 2, 4, 6, 0, 1, 5);
        sameOnBothDevices("det of a singular matrix (cofactor gradient)", singular, t -> new Tensor[] {MatrixFunctions.det(t)});
        sameOnBothDevices("1x1 singular det", floats(new long[] {1, 1}, 0), t -> new Tensor[] {MatrixFunctions.det(t)});
    }

    @Test
    void aSingularInverseRaisesTheCpusError() {
        Tensor batch = floats(new long[] {2, 2, 2}, 4, 7, 2, 6, 1, 2, 2, 4);
        TorchException onCpu = assertThrows(TorchException.class, () -> MatrixFunctions.inverse(batch));
        TorchException onDevice = assertThrows(TorchException.class, () -> MatrixFunctions.inverse(batch.to(cuda)));
        assertEquals(onCpu.getMessage(), onDevice.getMessage());
        assertTrue(onDevice.getMessage().contains("(Batch element 1): The diagonal element 2 is zero"), onDevice.getMessage());
    }

    @Test
    void cumprodGradientWithAndWithoutZeros() {
        Tensor noZeros = floats(new long[] {2, 4}, 1.5, -2, 0.5, 3, 2, 2, -1, 0.25);
        Tensor zeros = floats(new long[] {2, 4}, 1.5, 0, 0.5, 3, 0, 2, 0, 0.25);
        for (int dim = 0; dim < 2; dim++) {
            int d = dim;
            sameOnBothDevices("cumprod grad dim " + d, noZeros, t -> new Tensor[] {Scans.cumprod(t, d)});
            sameOnBothDevices("cumprod grad with zeros dim " + d, zeros, t -> new Tensor[] {Scans.cumprod(t, d)});
        }
    }
}
