package dev.torchlet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.engine.device.Device;
import dev.torchlet.engine.nn.Activations;
import dev.torchlet.engine.nn.Losses;
import dev.torchlet.engine.nn.Reduction;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The ops that pick or bound elements (where, clamp and its family, masked_fill, lerp, tril/triu,
 * binary cross-entropy) run on the device through its where kernel, with the CPU's values,
 * gradients and grad_fn names (on the host-memory test device, see HostMemoryBackend).
 */
class DevicePickingTest extends OnTestDevice {
    /** Both signs, a value on a float32 bound (0.7), and a NaN. */
    private static final double[] WITH_NAN = {-2, -0.5, 0.7, 1.5, 3, Double.NaN};
    private static final double[] FINITE = {-2, -0.5, 0.7, 1.5, 3, 0.2};

    private static Tensor values(double[] v) {
        Tensor t = Tensor.empty(new long[] {2, 3}, DType.FLOAT32);
        for (int i = 0; i < v.length; i++) {
            t.storage().setDouble(i, v[i]);
        }
        return t;
    }

    private static Tensor scalar(double value) {
        return Torch.full(new long[0], Scalar.of(value), DType.FLOAT32);
    }

    /**
     * Runs {@code program} on a CPU leaf of these values moved to the CPU and to the device; every tensor it returns
     * must print the same (values, and grad_fn names), and everything but the leaf's gradient lies on the device.
     */
    private void sameOnBothDevices(double[] leafValues, BiFunction<Tensor, Device, Tensor[]> program) {
        Tensor[] expected = program.apply(values(leafValues).requiresGrad_(true), Device.CPU);
        Tensor leaf = values(leafValues).requiresGrad_(true);
        Tensor[] actual = program.apply(leaf, cuda);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(actual[i] == leaf.grad() ? Device.CPU : cuda, actual[i].device(), "result " + i);
            assertEquals(expected[i].detach().toString(), actual[i].onHost().toString(), "result " + i);
            assertEquals(expected[i].gradFnName(), actual[i].gradFnName(), "result " + i);
        }
    }

    @Test
    void whereBroadcastsAndSendsEachSideItsGradient() {
        sameOnBothDevices(WITH_NAN, (x, device) -> {
            Tensor d = x.to(device);
            Tensor positive = Comparisons.compare(Comparisons.Comparison.GT, d, Scalar.of(0L));
            Tensor row = Torch.full(new long[] {3}, Scalar.of(-1.0), DType.FLOAT32).to(device).requiresGrad_(true);
            Tensor picked = Torch.where(positive, d.mul(d), row);
            Tensor withNumber = Torch.where(ShapeOps.unsqueeze(positive.select(1, 0), 1), scalar(9), d);
            Tensor integers = Torch.where(positive, d.to(DType.INT64), Torch.full(new long[0], Scalar.of(-7L), DType.INT64));
            picked.sum().add(withNumber.sum()).backward();
            return new Tensor[] {picked, withNumber, integers, x.grad(), row.grad()};
        });
        assertTrue(backend.launched.contains("where"), backend.launched.toString());
    }

    @Test
    void whereChecksItsConditionAndDevices() {
        Tensor d = values(FINITE).to(cuda);
        TorchException notBool = assertThrows(TorchException.class, () -> Torch.where(d, d, d));
        assertEquals("where expected condition to be a boolean tensor, but got a tensor with dtype Float", notBool.getMessage());
        Tensor hostCondition = Comparisons.compare(Comparisons.Comparison.GT, values(FINITE), Scalar.of(0L));
        TorchException mixed = assertThrows(TorchException.class, () -> Torch.where(hostCondition, d, d));
        assertTrue(mixed.getMessage().startsWith("Expected all tensors to be on the same device"), mixed.getMessage());
    }

    @Test
    void clampFamilyKeepsNaNRoundsBoundsAndPassesGradientsInside() {
        sameOnBothDevices(WITH_NAN, (x, device) -> {
            Tensor d = x.to(device);
            // 0.7 is 0.699999988 in float32: the bound is rounded first, so that element is inside (gradient 1).
            Tensor both = Clamping.clamp(d, Scalar.of(-1L), Scalar.of(0.7));
            Tensor low = Clamping.clampMin(d, Scalar.of(0.7));
            Tensor high = Clamping.clampMax(d, Scalar.of(0L));
            Tensor crossed = Clamping.clamp(d, Scalar.of(2L), Scalar.of(1L));
            Tensor hard = Activations.hardtanh(d, 0, 6);
            Tensor integers = Clamping.clamp(d.detach().mul(Scalar.of(2L)).to(DType.INT64), Scalar.of(-1L), Scalar.of(2L));
            both.sum().add(low.sum()).add(high.sum()).add(crossed.sum()).add(hard.sum()).backward();
            return new Tensor[] {both, low, high, crossed, hard, integers, x.grad()};
        });
    }

    @Test
    void maskedFillStaysOnTheDevice() {
        sameOnBothDevices(FINITE, (x, device) -> {
            Tensor d = x.to(device);
            Tensor mask = Comparisons.compare(Comparisons.Comparison.LT, d, Scalar.of(0L));
            Tensor value = scalar(0.25).to(device).requiresGrad_(true);
            int downloads = backend.downloads;
            Tensor filled = d.maskedFill(mask, Scalar.of(5L));
            Tensor byTensor = d.mul(Scalar.of(2L)).maskedFill(mask.select(0, 0), value);
            Tensor inPlace = d.add(Scalar.of(1L));
            inPlace.maskedFill_(mask, Scalar.of(-3L));
            filled.sum().add(byTensor.mul(byTensor).sum()).add(inPlace.mul(d).sum()).backward();
            if (device != Device.CPU) {
                // The one transfer back is the CPU leaf's gradient (ToCopyBackward0); no mask, no values.
                assertEquals(downloads + 1, backend.downloads, "masked_fill read the mask or values back");
            }
            return new Tensor[] {filled, byTensor, inPlace, x.grad(), value.grad()};
        });
    }

    @Test
    void lerpTakesPyTorchsTwoSidedFormula() {
        sameOnBothDevices(FINITE, (x, device) -> {
            Tensor start = x.to(device);
            Tensor end = start.mul(Scalar.of(3L)).add(Scalar.of(1L));
            Tensor near = Clamping.lerp(start, end, Scalar.of(0.25));
            Tensor far = Clamping.lerp(start, end, Scalar.of(0.75));
            Tensor weights = Creation.linspace(-0.5, 1.5, 3, DType.FLOAT32).to(device).requiresGrad_(true);
            Tensor each = Clamping.lerp(start, end, weights);
            near.sum().add(far.sum()).add(each.sum()).backward();
            return new Tensor[] {near, far, each, x.grad(), weights.grad()};
        });
    }

    @Test
    void trianglesUseAMaskBuiltFromTheShape() {
        sameOnBothDevices(FINITE, (x, device) -> {
            Tensor batch = ShapeOps.expand(x.to(device).reshape(1, 2, 3), 2, 2, 3).mul(Scalar.of(2L));
            Tensor lower = ShapeOps.tril(batch, 0);
            Tensor upper = ShapeOps.triu(batch, 1);
            Tensor shifted = ShapeOps.tril(batch.transpose(1, 2), -1);
            lower.sum().add(upper.mul(upper).sum()).add(shifted.sum()).backward();
            return new Tensor[] {lower, upper, shifted, x.grad()};
        });
    }

    @Test
    void binaryCrossEntropyAndItsLogitsFormTrainOnTheDevice() {
        sameOnBothDevices(FINITE, (x, device) -> {
            Tensor logits = x.to(device);
            Tensor target = Creation.linspace(0, 1, 6, DType.FLOAT32).reshape(2, 3).to(device);
            Tensor weight = Torch.full(new long[] {3}, Scalar.of(0.5), DType.FLOAT32).to(device);
            Tensor probabilities = logits.unary(UnaryOp.SIGMOID);
            Tensor bce = Losses.binaryCrossEntropy(probabilities, target, null, Reduction.MEAN);
            Tensor weighted = Losses.binaryCrossEntropy(probabilities, target, ShapeOps.expand(weight, 2, 3), Reduction.SUM);
            Tensor withLogits = Losses.binaryCrossEntropyWithLogits(logits, target, weight, weight.mul(Scalar.of(4L)),
                    Reduction.MEAN);
            bce.add(weighted).add(withLogits).backward();
            return new Tensor[] {bce, weighted, withLogits, x.grad()};
        });
        assertTrue(backend.launched.containsAll(List.of("where", "lt", "log")), backend.launched.toString());
    }
}
