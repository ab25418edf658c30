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
            // PyTorch's CPU backward: per (n, c) sums ds = Σ dy·x and db = Σ dy, then per group
            // c2 = (db_g·mean − ds_g)·rstd³/(D·HW), c3 = −c2·mean − db_g·rstd/(D·HW), and
            // dx = rstd·γ[c]·dy + c2·x + c3; dγ[c] = Σₙ (ds − db·mean)·rstd, dβ[c] = Σₙ db.
            Tensor grad = g.reshape(grouped);
            Tensor x = input.reshape(grouped);
            Tensor ds = grad.mul(x).sum(3, true);
            Tensor db = grad.sum(3, true);
            Tensor gamma = weight == null ? null : weight.reshape(1, groups, perGroup, 1);
            Tensor dsGroup = (gamma == null ? ds : ds.mul(gamma)).sum(2, true);
            Tensor dbGroup = (gamma == null ? db : db.mul(gamma)).sum(2, true);
            Scalar s = Scalar.of(1.0 / (perGroup * spatial));
            Tensor c2 = dbGroup.mul(mean).sub(dsGroup).mul(rstd).mul(rstd).mul(rstd).mul(s);
            Tensor c3 = c2.neg().mul(mean).sub(dbGroup.mul(rstd).mul(s));
            Tensor c1 = gamma == null ? rstd : rstd.mul(gamma);
            Tensor gradInput = c1.mul(grad).add(c2.mul(x)).add(c3).reshape(input.shape());
            return new Tensor[] {gradInput, weight == null ? null : ds.sub(db.mul(mean)).mul(rstd).sum(0, false).reshape(channels),
                bias == null ? null : db.sum(0, false).reshape(channels)};
        }, input, weight, bias);
    }
}
