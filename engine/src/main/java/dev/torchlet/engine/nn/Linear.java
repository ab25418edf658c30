package dev.torchlet.engine.nn;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.autograd.Graph;

/** {@code F.linear(input, weight, bias)} = input·weightᵀ + bias, with PyTorch's grad_fns. */
public final class Linear {
    private Linear() {
    }

    public static Tensor linear(Tensor input, Tensor weight, Tensor bias) {
        if (input.dim() == 2 && bias != null) {
            // PyTorch fuses the 2-D case into one addmm (grad_fn AddmmBackward0).
            Tensor r = Untracked.compute(() -> bias.add(input.matmul(weight.t())));
            return Graph.record(r, "AddmmBackward0", new Tensor[] {input, weight}, g -> new Tensor[] {
                g.sum(0, false), g.matmul(weight), g.t().matmul(input)}, bias, input, weight);
        }
        Tensor product = input.matmul(weight.t());
        return bias == null ? product : product.add(bias);
    }

    /** PyTorch's default initialisation of an nn.Linear's weight [out, in] and bias [out]: both U(−1/√in, 1/√in). */
    public static Tensor[] initialParameters(long inFeatures, long outFeatures, boolean bias) {
        Tensor weight = dev.torchlet.engine.Torch.zeros(outFeatures, inFeatures);
        Init.kaimingUniform_(weight, Math.sqrt(5), "fan_in", "leaky_relu");
        Tensor b = null;
        if (bias) {
            b = dev.torchlet.engine.Torch.zeros(outFeatures);
            double bound = inFeatures > 0 ? 1 / Math.sqrt(inFeatures) : 0;
            Init.uniform_(b, -bound, bound);
        }
        return new Tensor[] {weight, b};
    }
}
