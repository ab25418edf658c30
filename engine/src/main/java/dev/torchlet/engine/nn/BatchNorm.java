package dev.torchlet.engine.nn;

import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.UnaryOp;
import dev.torchlet.engine.autograd.Graph;

/**
 * {@code F.batch_norm} over the channel dimension 1 of (N, C, …) input: in training the batch's
 * mean and biased variance normalise it and the running statistics move by {@code momentum}
 * (the variance unbiased); in eval the running statistics normalise it. One node,
 * NativeBatchNormBackward0, as PyTorch's CPU kernel records.
 */
public final class BatchNorm {
    private BatchNorm() {
    }

    public static Tensor batchNorm(Tensor input, Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias,
                                   boolean training, double momentum, double eps) {
        if (input.dim() < 2) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "expected 2D or more input (got " + input.dim() + "D input)");
        }
        int channels = (int) input.size(1);
        long count = input.numel() / Math.max(channels, 1);
        if (training && count <= 1) {
            StringBuilder size = new StringBuilder("torch.Size([");
            for (int d = 0; d < input.dim(); d++) {
                size.append(d == 0 ? "" : ", ").append(input.size(d));
            }
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "Expected more than 1 value per channel when training, got input size "
                    + size + "])");
        }
        long[] along = new long[input.dim()];
        java.util.Arrays.fill(along, 1);
        along[1] = channels;
        Tensor[] stats = Untracked.computeAll(() -> {
            Tensor mean;
            Tensor var;
            if (training || runningMean == null) {
                Tensor rows = input.transpose(0, 1).reshape(channels, -1);
                mean = rows.mean(1, false);
                Tensor centred = rows.sub(mean.view(channels, 1));
                var = centred.mul(centred).mean(1, false);
                if (training && runningMean != null) {
                    runningMean.data().copyFrom(runningMean.mul(Scalar.of(1 - momentum)).add(mean.mul(Scalar.of(momentum))));
                    Tensor unbiased = var.mul(Scalar.of((double) count / (count - 1)));
                    runningVar.data().copyFrom(runningVar.mul(Scalar.of(1 - momentum)).add(unbiased.mul(Scalar.of(momentum))));
                }
            } else {
                mean = runningMean;
                var = runningVar;
            }
            Tensor invstd = var.add(Scalar.of(eps)).unary(UnaryOp.RSQRT);
            return new Tensor[] {mean.view(along), invstd.view(along)};
        });
        Tensor mean = stats[0];
        Tensor invstd = stats[1];
        Tensor xhat = Untracked.compute(() -> input.sub(mean).mul(invstd));
        Tensor result = Untracked.compute(() -> {
            Tensor y = xhat;
            if (weight != null) {
                y = y.mul(weight.view(along));
            }
            return bias == null ? y : y.add(bias.view(along));
        });
        boolean batchStats = training || runningMean == null;
        return Graph.record(result, "NativeBatchNormBackward0", new Tensor[] {input}, g -> {
            Tensor scale = weight == null ? invstd : invstd.mul(weight.view(along));
            Tensor gradInput;
            if (batchStats) {
                Tensor sumG = perChannelSum(g, channels).view(along);
                Tensor sumGX = perChannelSum(g.mul(xhat), channels).view(along);
                gradInput = g.sub(sumG.div(Scalar.of(count))).sub(xhat.mul(sumGX).div(Scalar.of(count))).mul(scale);
            } else {
                gradInput = g.mul(scale);
            }
            return new Tensor[] {gradInput, weight == null ? null : perChannelSum(g.mul(xhat), channels),
                bias == null ? null : perChannelSum(g, channels)};
        }, input, weight, bias);
    }

    private static Tensor perChannelSum(Tensor t, int channels) {
        return t.transpose(0, 1).reshape(channels, -1).sum(1, false);
    }
}
