package dev.torchlet.engine.nn;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
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
        return defaultParameters(new long[] {outFeatures, inFeatures}, bias);
    }

    /** As above in {@code dtype} (float64 parameters draw float64 numbers, as PyTorch's do). */
    public static Tensor[] initialParameters(long inFeatures, long outFeatures, boolean bias, DType dtype) {
        return defaultParameters(new long[] {outFeatures, inFeatures}, bias ? outFeatures : -1, dtype);
    }

    /**
     * reset_parameters of Linear and the convolutions: kaiming_uniform_(weight, a=√5), then the bias
     * [weight.size(0)] from U(±1/√fan_in), in that order from the global generator.
     */
    public static Tensor[] defaultParameters(long[] weightShape, boolean bias) {
        return defaultParameters(weightShape, bias ? weightShape[0] : -1, Torch.getDefaultDtype());
    }

    /**
     * As above with a bias of {@code biasSize} (a transposed convolution's out_channels), none when
     * negative, both in {@code dtype}.
     */
    public static Tensor[] defaultParameters(long[] weightShape, long biasSize, DType dtype) {
        Tensor weight = Torch.full(weightShape, Scalar.of(0L), dtype);
        Init.kaimingUniform_(weight, Math.sqrt(5), "fan_in", "leaky_relu");
        Tensor b = null;
        if (biasSize >= 0) {
            b = Torch.full(new long[] {biasSize}, Scalar.of(0L), dtype);
            long fanIn = Init.fans(weight)[0];
            double bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
            Init.uniform_(b, -bound, bound);
        }
        return new Tensor[] {weight, b};
    }
}
