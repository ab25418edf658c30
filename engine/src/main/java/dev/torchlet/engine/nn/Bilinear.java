package dev.torchlet.engine.nn;

import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;

/**
 * {@code F.bilinear(input1, input2, weight, bias)}: y[…, k] = Σᵢⱼ input1[…, i]·weight[k, i, j]·input2[…, j]
 * + bias[k], composed of differentiable ops. As in PyTorch 1.13 the product ends in a reshape
 * (ReshapeAliasBackward0) and the bias is added after it (AddBackward0).
 */
public final class Bilinear {
    private Bilinear() {
    }

    public static Tensor bilinear(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
        check(input1, input2, weight, bias);
        long out = weight.size(0);
        long in1 = weight.size(1);
        long in2 = weight.size(2);
        Tensor first = input1.reshape(-1, in1);
        Tensor second = input2.reshape(-1, in2);
        // (N, in2)·(in2, out·in1) → (N, out, in1), then weighted by input1 and summed over i.
        Tensor weightedSecond = second.matmul(weight.reshape(out * in1, in2).t()).reshape(-1, out, in1);
        Tensor flat = weightedSecond.mul(ShapeOps.unsqueeze(first, 1)).sum(2, false);
        long[] shape = input1.shape().clone();
        shape[shape.length - 1] = out;
        Tensor result = flat.reshape(shape);
        return bias == null ? result : result.add(bias);
    }

    /** PyTorch's checks, in its order and words. */
    private static void check(Tensor input1, Tensor input2, Tensor weight, Tensor bias) {
        if (input1.dim() != input2.dim()) {
            throw TorchException.runtime("bilinear(): input dimensions do not match: got " + input1.dim() + " and " + input2.dim());
        }
        for (int d = 0; d < input1.dim() - 1; d++) {
            if (input1.size(d) != input2.size(d)) {
                throw TorchException.runtime("bilinear(): input batch dimensions do not match at dim " + d + ": got " + input1.size(d)
                        + " and " + input2.size(d));
            }
        }
        if (weight.dim() != 3) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, "Dimension out of range (expected to be in range of [-"
                    + weight.dim() + ", " + (weight.dim() - 1) + "], but got 2)");
        }
        if (input1.size(input1.dim() - 1) != weight.size(1)) {
            throw TorchException.runtime("bilinear(): input1 size does not match weight size: got " + input1.size(input1.dim() - 1)
                    + " but expected " + weight.size(1));
        }
        if (input2.size(input2.dim() - 1) != weight.size(2)) {
            throw TorchException.runtime("bilinear(): input2 size does not match weight size: got " + input2.size(input2.dim() - 1)
                    + " but expected " + weight.size(2));
        }
        if (bias != null && bias.size(0) != weight.size(0)) {
            throw TorchException.runtime("bilinear(): bias size does not match weight size: got " + bias.size(0) + " but expected "
                    + weight.size(0));
        }
    }
}
