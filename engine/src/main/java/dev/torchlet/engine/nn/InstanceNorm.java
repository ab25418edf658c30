package dev.torchlet.engine.nn;

import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;

/**
 * {@code F.instance_norm}: as ATen writes it, batch norm over the input viewed as one sample of
 * N·C channels (weight, bias and running statistics repeated N times), viewed back
 * (ViewBackward0); the running statistics then take the mean over the batch of their updates.
 */
public final class InstanceNorm {
    private InstanceNorm() {
    }

    public static Tensor instanceNorm(Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
            boolean useInputStats, double momentum, double eps) {
        if (input.dim() < 2) {
            throw TorchException.runtime("instance_norm expects an input of at least 2 dimensions, got " + input.dim());
        }
        long b = input.size(0);
        long c = input.size(1);
        long[] shape = input.shape().clone();
        shape[0] = 1;
        shape[1] = b * c;
        Tensor meanRepeated = repeated(runningMean, b);
        Tensor varRepeated = repeated(runningVar, b);
        Tensor out = BatchNorm.batchNorm(input.contiguous().view(shape), meanRepeated, varRepeated, repeated(weight, b), repeated(bias, b),
                useInputStats, momentum, eps);
        if (runningMean != null) {
            runningMean.data().copyFrom(meanRepeated.view(b, c).mean(0, false));
        }
        if (runningVar != null) {
            runningVar.data().copyFrom(varRepeated.view(b, c).mean(0, false));
        }
        return out.view(input.shape());
    }

    private static Tensor repeated(Tensor t, long times) {
        return t == null ? null : ShapeOps.repeat(t, times);
    }
}
