package dev.torchlet.engine.nn;

import dev.torchlet.engine.RandomFill;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.TorchException;

/**
 * {@code F.dropout}: PyTorch's CPU path, a Bernoulli(1 − p) mask scaled by 1/(1 − p), multiplied in
 * (MulBackward0). On an accelerator the mask is drawn by the CPU generator and moved to the input's device.
 */
public final class Dropout {
    private Dropout() {
    }

    public static Tensor apply(Tensor input, double p, boolean training, boolean inplace) {
        return masked(input, p, training, inplace, input.shape());
    }

    /**
     * {@code feature_dropout} (F.dropout1d/2d/3d): one Bernoulli draw per (sample, channel), shape
     * [N, C, 1, …], so whole channels are zeroed together.
     */
    public static Tensor featureDropout(Tensor input, double p, boolean training, boolean inplace) {
        if (input.dim() < 2) {
            throw TorchException.runtime("Feature dropout requires at least 2 dimensions in the input");
        }
        long[] noiseShape = new long[input.dim()];
        java.util.Arrays.fill(noiseShape, 1);
        noiseShape[0] = input.size(0);
        noiseShape[1] = input.size(1);
        return masked(input, p, training, inplace, noiseShape);
    }

    private static Tensor masked(Tensor input, double p, boolean training, boolean inplace, long[] noiseShape) {
        if (p < 0 || p > 1) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "dropout probability has to be between 0 and 1, but got " + pythonFloat(p));
        }
        if (p == 0 || !training || input.numel() == 0) {
            return input;
        }
        Tensor noise;
        if (p == 1) {
            noise = Torch.full(new long[0], Scalar.of(0L), input.dtype());
        } else {
            noise = Torch.full(noiseShape, Scalar.of(0L), input.dtype());
            RandomFill.bernoulli_(noise, 1 - p);
            // Drawn by the CPU generator, as PyTorch's CPU draws it, then moved: a seeded program
            // drops the same elements on every device (the random stream is the CPU generator's).
            noise = noise.div(Scalar.of(1 - p)).to(input.device());
        }
        Tensor result = input.mul(noise);
        return inplace ? input.assignInPlace(result) : result;
    }

    private static String pythonFloat(double p) {
        return dev.torchlet.engine.format.FloatText.repr(p);
    }
}
