package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.engine.device.Device;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Scans (cumsum, cumprod) and ordering (sort, argsort, topk) on the host-memory test device
 * against the CPU: values, indices (ties and NaN included), grad_fn names and gradients, and the
 * kernels the engine asks the backend for.
 */
class DeviceOrderingTest extends OnTestDevice {
    /** Rows with ties, a NaN and both zeros, so the stable order and NaN's place show. */
    private static Tensor withTies() {
        return Torch.tensor(List.of(
                List.of(3.0, 1.0, 2.0, 1.0, Double.NaN, 2.0),
                List.of(0.5, -0.0, 0.0, 0.5, -1.5, 0.5),
                List.of(4.0, 4.0, 4.0, 4.0, 4.0, 4.0)), DType.FLOAT32);
    }

    /** Runs {@code program} on a CPU leaf and on a device copy of it; printed results and grad_fn names must agree. */
    private void sameOnBothDevices(Tensor input, Function<Tensor, Tensor[]> program) {
        boolean differentiable = input.dtype().isFloatingPoint();
        Tensor cpuLeaf = input.clone().requiresGrad_(differentiable);
        Tensor[] expected = program.apply(cpuLeaf);
        Tensor deviceLeaf = input.clone().to(cuda).requiresGrad_(differentiable);
        Tensor[] actual = program.apply(deviceLeaf);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(cuda, actual[i].device(), "result " + i);
            assertEquals(expected[i].detach().toString(), actual[i].onHost().toString(), "result " + i);
            assertEquals(expected[i].gradFnName(), actual[i].gradFnName(), "result " + i);
        }
        if (cpuLeaf.grad() != null) {
            assertEquals(cpuLeaf.grad().toString(), deviceLeaf.grad().onHost().toString(), "gradient");
        }
    }

    /** 1, 2, 3, ... in a rows × columns matrix on {@code device}. */
    private static Tensor weights(long rows, long columns, Device device) {
        return Torch.arange(Scalar.of(1L), Scalar.of(rows * columns + 1), Scalar.of(1L), DType.FLOAT32).reshape(rows, columns).to(device);
    }

    @Test
    void sortIsStableWithNanLastAscendingAndFirstDescending() {
        for (int dim : new int[] {0, 1, -1}) {
            for (boolean descending : new boolean[] {false, true}) {
                sameOnBothDevices(withTies(), x -> {
                    ValuesIndices sorted = Extrema.sort(x, dim, descending);
                    // Weights that differ by position, so a gradient sent to the wrong element shows
                    // (the NaN makes the loss NaN, not the gradient).
                    sorted.values().mul(weights(3, 6, x.device())).sum().backward();
                    return new Tensor[] {sorted.values(), sorted.indices(), Extrema.argsort(x, dim, descending)};
                });
            }
        }
        assertTrue(backend.launched.contains("sort"), backend.launched.toString());
    }

    @Test
    void sortOfTransposedIntegersAndOfAScalar() {
        Tensor ints = Torch.tensor(List.of(List.of(5L, 2L, 5L), List.of(-1L, 2L, 7L)), DType.INT64).t();
        sameOnBothDevices(ints, x -> {
            ValuesIndices sorted = Extrema.sort(x, 0, true);
            return new Tensor[] {sorted.values(), sorted.indices(), Extrema.topk(x, 2, 0, false).indices()};
        });
        sameOnBothDevices(Torch.tensor(2.5, DType.FLOAT32), x -> {
            ValuesIndices sorted = Extrema.sort(x, 0, false);
            sorted.values().backward();
            return new Tensor[] {sorted.values(), sorted.indices()};
        });
    }

    @Test
    void topkPicksTheSameTiedElementsAsTheCpu() {
        for (boolean largest : new boolean[] {true, false}) {
            sameOnBothDevices(withTies(), x -> {
                ValuesIndices top = Extrema.topk(x, 3, 1, largest);
                top.values().mul(weights(3, 3, x.device())).sum().backward();
                return new Tensor[] {top.values(), top.indices()};
            });
        }
        sameOnBothDevices(withTies(), x -> new Tensor[] {Extrema.topk(x, 0, 0, true).values()});
        assertEquals("selected index k out of range",
                assertThrows(TorchException.class, () -> Extrema.topk(withTies().to(cuda), 7, 1, true)).getMessage());
    }

    @Test
    void cumsumAndItsGradientRunOnTheDevice() {
        Tensor x = Torch.tensor(List.of(List.of(1.5, -2.0, 0.25), List.of(3.0, 0.0, -1.0)), DType.FLOAT32);
        for (int dim : new int[] {0, 1}) {
            sameOnBothDevices(x, t -> {
                Tensor c = Scans.cumsum(t.t(), dim);
                c.mul(c).sum().backward();
                return new Tensor[] {c};
            });
        }
        backend.launched.clear();
        Tensor bools = Torch.tensor(List.of(true, false, true, true), DType.BOOL);
        Tensor counted = Scans.cumsum(bools.to(cuda), 0);
        assertEquals(DType.INT64, counted.dtype());
        assertEquals(Scans.cumsum(bools, 0).toString(), counted.onHost().toString());
        assertEquals(List.of("copy", "cumsum"), backend.launched);
    }

    @Test
    void cumprodRunsOnTheDevice() {
        Tensor x = Torch.tensor(List.of(List.of(2.0, -0.5, 3.0), List.of(1.0, 0.0, 4.0)), DType.FLOAT32);
        sameOnBothDevices(x, t -> new Tensor[] {Scans.cumprod(t, 1), Scans.cumprod(t, 0)});
        Tensor ints = Torch.tensor(List.of(3L, -2L, 5L), DType.INT32);
        assertEquals(Scans.cumprod(ints, 0).toString(), Scans.cumprod(ints.to(cuda), 0).onHost().toString());
    }

    @Test
    void gradientsOfSelectionsAreAddedOnTheDevice() {
        Tensor x = withTies().to(cuda).requiresGrad_(true);
        ValuesIndices top = Extrema.topk(x, 2, 1, true);
        backend.launched.clear();
        top.values().mul(weights(3, 2, cuda)).sum().backward();
        assertTrue(backend.launched.contains("put_add"), backend.launched.toString());
        assertFalse(backend.launched.contains("take"), backend.launched.toString());
    }
}
