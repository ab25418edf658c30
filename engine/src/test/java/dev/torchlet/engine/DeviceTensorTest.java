package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.engine.device.Device;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's side of accelerators, on a host-memory test device (see HostMemoryBackend). */
class DeviceTensorTest extends OnTestDevice {
    private static Tensor matrix() {
        return Torch.arange(Scalar.of(0L), Scalar.of(6L), Scalar.of(1L), DType.FLOAT32).reshape(2, 3);
    }

    @Test
    void movesAnyViewThereAndBack() {
        Tensor t = matrix().t();
        Tensor onDevice = t.to(cuda);
        assertEquals(cuda, onDevice.device());
        assertEquals(Device.CPU, t.device());
        assertEquals(t.toString(), onDevice.cpu().toString());
        assertEquals("tensor([[0., 3.],\n        [1., 4.],\n        [2., 5.]], device='cuda:0')", onDevice.toString());
        assertEquals(4.0, onDevice.select(0, 1).select(0, 1).itemAsDouble());
    }

    @Test
    void elementwiseOpsRunOnTheDeviceAndMatchTheCpu() {
        Tensor x = matrix();
        Tensor expected = x.mul(Scalar.of(2L)).add(Scalar.of(1L)).unary(UnaryOp.EXP);
        backend.launched.clear();
        Tensor y = x.to(cuda).mul(Scalar.of(2L)).add(Scalar.of(1L)).unary(UnaryOp.EXP);
        assertEquals(cuda, y.device());
        assertEquals(List.of("mul", "add", "exp"), backend.launched);
        assertEquals(expected.toString(), y.cpu().toString());
    }

    @Test
    void reductionsAndProductsRunOnTheDevice() {
        Tensor x = matrix();
        Tensor d = x.to(cuda);
        assertEquals(x.sum(1, true).toString(), d.sum(1, true).cpu().toString());
        assertEquals(x.mean(new int[] {0}, false).toString(), d.mean(new int[] {0}, false).cpu().toString());
        assertEquals(x.sum().toString(), d.sum().cpu().toString());
        assertEquals(Extrema.max(x).toString(), Extrema.max(d).cpu().toString());
        assertEquals(Extrema.min(x.t()).toString(), Extrema.min(d.t()).cpu().toString());
        assertEquals(x.matmul(x.t()).toString(), d.matmul(d.t()).cpu().toString());
        Tensor batch = x.reshape(2, 3, 1);
        assertEquals(batch.matmul(batch.transpose(1, 2)).toString(), batch.to(cuda).matmul(batch.to(cuda).transpose(1, 2)).cpu().toString());
        assertTrue(backend.launched.contains("bmm"));
    }

    @Test
    void mixingDevicesFailsLikePyTorchButCpuScalarsGoAlong() {
        Tensor d = matrix().to(cuda);
        TorchException e = assertThrows(TorchException.class, () -> d.add(matrix()));
        assertEquals("Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!", e.getMessage());
        Tensor scalar = Torch.full(new long[0], Scalar.of(2L), DType.FLOAT32);
        assertEquals(cuda, d.mul(scalar).device());
        Tensor loss = d.requiresGrad_(true).sum();
        TorchException seed = assertThrows(TorchException.class,
                () -> dev.torchlet.engine.autograd.Backward.run(loss, Torch.ones(), false, false));
        assertEquals("invalid gradient at index 0 - expected device cuda:0 but got cpu", seed.getMessage());
    }

    @Test
    void seedAutogradProgramGivesTheCpuGradientsOnTheDevice() {
        Tensor x = Torch.ones(2, 2).to(cuda).requiresGrad_(true);
        Tensor y = x.add(Scalar.of(2L));
        Tensor z = y.mul(y).mul(Scalar.of(3L));
        Tensor out = z.mean();
        out.backward();
        assertEquals(cuda, x.grad().device());
        assertEquals("tensor([[4.5000, 4.5000],\n        [4.5000, 4.5000]], device='cuda:0')", x.grad().toString());
        assertEquals("tensor(27., device='cuda:0', grad_fn=<MeanBackward0>)", out.toString());
    }

    @Test
    void gradientsFlowBackAcrossTheMove() {
        Tensor x = matrix().requiresGrad_(true);
        Tensor y = x.to(cuda).mul(Scalar.of(3L)).sum();
        y.backward();
        assertEquals(Device.CPU, x.grad().device());
        assertEquals(Torch.full(new long[] {2, 3}, Scalar.of(3L), DType.FLOAT32).toString(), x.grad().toString());
        assertEquals("ToCopyBackward0", x.to(cuda).gradFnName());
    }

    @Test
    void inPlaceWritesAndCrossDeviceCopies() {
        Tensor d = Torch.zeros(2, 3).to(cuda);
        d.select(0, 1).copyFrom(Torch.ones(3));
        assertEquals("tensor([[0., 0., 0.],\n        [1., 1., 1.]], device='cuda:0')", d.toString());
        Tensor host = Torch.zeros(2, 3);
        host.copyFrom(d);
        assertEquals(d.cpu().toString(), host.toString());
    }

    @Test
    void opsWithoutAKernelThereFailLoudly() {
        Tensor d = matrix().to(cuda);
        // The test device reduces max over all dims only: a kernel its backend refuses.
        TorchException e = assertThrows(TorchException.class,
                () -> DeviceKernels.reduce("max", d, new boolean[] {true, false}, new long[] {d.size(1)}, d.dtype()));
        assertEquals(TorchException.Kind.NOT_IMPLEMENTED_ERROR, e.kind());
        assertTrue(e.getMessage().contains("cuda:0"), e.getMessage());
        TorchException f = assertThrows(TorchException.class, () -> matrix().to(DType.FLOAT64).to(cuda));
        assertEquals(TorchException.Kind.TYPE_ERROR, f.kind());
    }

    @Test
    void savedDeviceTensorsRecordTheirLocationAndLoadOnTheCpu() {
        Tensor d = matrix().to(cuda);
        byte[] file = dev.torchlet.engine.io.TorchFile.save(d, "archive");
        assertTrue(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains("cuda:0"));
        Tensor loaded = (Tensor) dev.torchlet.engine.io.TorchFile.load(file);
        assertEquals(Device.CPU, loaded.device());
        assertEquals(matrix().toString(), loaded.toString());
        byte[] safetensors = dev.torchlet.engine.io.Safetensors.save(java.util.Map.of("w", d.t()), java.util.Map.of());
        assertEquals(matrix().t().toString(), dev.torchlet.engine.io.Safetensors.load(safetensors).get("w").toString());
    }

    private static Tensor longs(long... values) {
        Tensor t = Tensor.empty(new long[] {values.length}, DType.INT64);
        for (int i = 0; i < values.length; i++) {
            t.storage().setLong(i, values[i]);
        }
        return t;
    }

    /** Runs {@code program} on the CPU and on the device; the printed results (values and gradients) must agree. */
    private void sameOnBothDevices(java.util.function.BiFunction<Tensor, Device, Tensor[]> program) {
        Tensor[] expected = program.apply(matrix().requiresGrad_(true), Device.CPU);
        Tensor leaf = matrix().requiresGrad_(true);
        Tensor[] actual = program.apply(leaf, cuda);
        for (int i = 0; i < expected.length; i++) {
            // Everything computed is on the device; the CPU leaf's gradient comes back to the CPU.
            assertEquals(actual[i] == leaf.grad() ? Device.CPU : cuda, actual[i].device());
            assertEquals(expected[i].detach().toString(), actual[i].onHost().toString());
            assertEquals(expected[i].gradFnName(), actual[i].gradFnName());
        }
    }

    @Test
    void softmaxAndIndexedReductionsWithTheirGradients() {
        sameOnBothDevices((x, device) -> {
            Tensor d = x.to(device);
            Tensor s = dev.torchlet.engine.nn.Activations.softmax(d, 1);
            Tensor l = dev.torchlet.engine.nn.Activations.logSoftmax(d, 0);
            ValuesIndices m = Extrema.max(d, 1, true);
            Tensor loss = s.mul(d).sum().add(l.sum()).add(m.values().sum()).add(Extrema.min(d, 0, false).values().sum());
            loss.backward();
            return new Tensor[] {s, l, m.values(), m.indices(), Extrema.argmax(d, null, false), Extrema.argmin(d, 1, true), x.grad()};
        });
        assertTrue(backend.launched.containsAll(List.of("softmax", "log_softmax", "max_with_index", "min_with_index", "put_add",
                "softmax_backward", "log_softmax_backward")), backend.launched.toString());
    }

    @Test
    void softmaxGradientsOfGradientsRecordTheFormula() {
        sameOnBothDevices((x, device) -> {
            Tensor d = x.to(device);
            Tensor s = dev.torchlet.engine.nn.Activations.logSoftmax(d, 1);
            Tensor[] first = dev.torchlet.engine.autograd.Backward.grad(new Tensor[] {s.mul(s).sum()}, new Tensor[] {x}, null, true,
                    true, false);
            first[0].mul(first[0]).sum().backward();
            // With create_graph the formula's ops are recorded (the fused kernel has no graph): the
            // second-order terms reach x.grad only through them.
            return new Tensor[] {s, x.grad()};
        });
    }

    @Test
    void indexingGatherScatterAndTheirGradients() {
        sameOnBothDevices((x, device) -> {
            Tensor d = x.to(device);
            Tensor picked = d.indexSelect(1, longs(2, 0, 2).to(device));
            Tensor gathered = d.gather(1, longs(1, 1, 0, 2).view(2, 2).to(device));
            Tensor rows = d.index(dev.torchlet.engine.indexing.TensorIndex.of(longs(1, 1, 0)));
            Tensor masked = d.maskedSelect(Comparisons.compare(Comparisons.Comparison.GT, d, Scalar.of(2L)));
            Tensor loss = picked.sum().add(gathered.mul(gathered).sum()).add(rows.sum()).add(masked.sum());
            loss.backward();
            Tensor target = Torch.zeros(2, 3).to(device);
            target.indexPut(List.of(dev.torchlet.engine.indexing.TensorIndex.of(longs(0, 0, 1))), Torch.ones(3, 3).to(device), true);
            Tensor scattered = Torch.zeros(2, 3).to(device).scatterAdd(1, longs(0, 0, 2, 1).view(2, 2).to(device),
                    Torch.ones(2, 2).to(device));
            return new Tensor[] {picked, gathered, rows, masked, x.grad(), target, scattered};
        });
    }

    @Test
    void crossEntropyTrainsOnTheDevice() {
        sameOnBothDevices((x, device) -> {
            Tensor logits = x.to(device).mul(Scalar.of(0.5));
            Tensor loss = dev.torchlet.engine.nn.Losses.crossEntropy(logits, longs(2, 0).to(device), null, -100,
                    dev.torchlet.engine.nn.Reduction.MEAN, 0.0);
            loss.backward();
            return new Tensor[] {loss, x.grad()};
        });
    }
}
