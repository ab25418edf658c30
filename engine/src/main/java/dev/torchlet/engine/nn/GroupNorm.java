package dev.torchlet.engine.nn;

import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.UnaryOp;
import dev.torchlet.engine.autograd.Graph;

/**
 * {@code F.group_norm} on (N, C, *) input: the C channels split into groups, each sample's group
 * normalised by its own mean and biased variance. PyTorch's CPU kernel folds the per-channel
 * affine into y = x·scale + shift with scale = rstd·γ[c], shift = −scale·mean + β[c] (and
 * y = (x − mean)·rstd without affine), rounded at those steps; one node, NativeGroupNormBackward0.
 */
public final class GroupNorm {
    private GroupNorm() {
    }

    public static Tensor groupNorm(Tensor input, long groups, Tensor weight, Tensor bias, double eps) {
        if (input.dim() < 2) {
            throw TorchException.runtime("Expected at least 2 dimensions for input tensor but received " + input.dim());
        }
        long n = input.size(0);
        long channels = input.size(1);
        if (groups <= 0 || channels % groups != 0) {
            StringBuilder shape = new StringBuilder("[");
            for (int d = 0; d < input.dim(); d++) {
                shape.append(d > 0 ? ", " : "").append(input.size(d));
            }
            throw TorchException.runtime("Expected number of channels in input to be divisible by num_groups, but got input of shape "
                    + shape + "] and num_groups=" + groups);
        }
        for (Tensor t : new Tensor[] {weight, bias}) {
            if (t != null && (t.dim() != 1 || t.numel() != channels)) {
                throw TorchException.runtime("Expected " + (t == weight ? "weight" : "bias") + " to be a vector of size equal to the number "
                        + "of channels in input, but got " + (t == weight ? "weight" : "bias") + " of shape [" + t.numel()
                        + "] and input of shape [" + n + ", " + channels + "]");
            }
        }
        long perGroup = channels / groups;
        long spatial = channels == 0 ? 0 : input.numel() / (n * channels);
        long[] grouped = {n, groups, perGroup, spatial};
        Tensor[] stats = Untracked.computeAll(() -> {
            Tensor rows = input.reshape(n, groups, perGroup * spatial);
            Tensor mean = rows.mean(2, true);
            Tensor centred = rows.sub(mean);
            Tensor var = centred.mul(centred).mean(2, true);
            Tensor rstd = var.add(Scalar.of(eps)).unary(UnaryOp.SQRT).unary(UnaryOp.RECIPROCAL);
            return new Tensor[] {mean.reshape(n, groups, 1, 1), rstd.reshape(n, groups, 1, 1)};
        });
        Tensor mean = stats[0];
        Tensor rstd = stats[1];
        Tensor xhat = Untracked.compute(() -> input.reshape(grouped).sub(mean).mul(rstd));
        Tensor result = Untracked.compute(() -> {
            Tensor x = input.reshape(grouped);
            if (weight == null && bias == null) {
                return xhat.reshape(input.shape());
            }
            Tensor scale = weight == null ? rstd : rstd.mul(weight.reshape(1, groups, perGroup, 1));
            Tensor shift = scale.neg().mul(mean);
            shift = bias == null ? shift : shift.add(bias.reshape(1, groups, perGroup, 1));
            return x.mul(scale).add(shift).reshape(input.shape());
        });
        return Graph.record(result, "NativeGroupNormBackward0", new Tensor[] {input}, g -> {
            Tensor grad = g.reshape(grouped);
            Tensor scaled = weight == null ? grad : grad.mul(weight.reshape(1, groups, perGroup, 1));
            Tensor gradInput = scaled.sub(groupMean(scaled, grouped)).sub(xhat.mul(groupMean(scaled.mul(xhat), grouped))).mul(rstd)
                    .reshape(input.shape());
            // PyTorch's GammaBetaBackward order: per (n, c) sums ds = Σ dy·x and db = Σ dy first, then
            // dγ[c] = Σₙ (ds − db·mean)·rstd and dβ[c] = Σₙ db.
            Tensor db = grad.sum(3, true);
            Tensor ds = grad.mul(input.reshape(grouped)).sum(3, true);
            return new Tensor[] {gradInput, weight == null ? null : ds.sub(db.mul(mean)).mul(rstd).sum(0, false).reshape(channels),
                bias == null ? null : db.sum(0, false).reshape(channels)};
        }, input, weight, bias);
    }

    /** The mean over each sample's group (dims 2 and 3 of the grouped view), kept broadcastable. */
    private static Tensor groupMean(Tensor t, long[] grouped) {
        return t.reshape(grouped[0], grouped[1], grouped[2] * grouped[3]).mean(2, true).reshape(grouped[0], grouped[1], 1, 1);
    }
}
