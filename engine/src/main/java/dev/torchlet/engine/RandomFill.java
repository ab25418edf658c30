package dev.torchlet.engine;

import dev.torchlet.engine.random.Generator;

/**
 * In-place random fills ({@code uniform_}, {@code normal_}) drawing from the default generator
 * exactly as PyTorch's CPU kernels do, so seeded layer initialisation matches PyTorch's weights.
 * The values are written without recording autograd history (PyTorch's nn.init runs under no_grad).
 */
public final class RandomFill {
    private RandomFill() {
    }

    /** {@code tensor.uniform_(from, to)}. */
    public static Tensor uniform_(Tensor t, double from, double to) {
        Tensor sample = Tensor.empty(t.shape(), requireFloating(t, "uniform_"));
        Generator g = Generator.defaultGenerator();
        if (sample.dtype() == DType.FLOAT32) {
            g.fillUniform(sample.storage().floats(), 0, (int) sample.numel(), from, to);
        } else {
            g.fillUniform(sample.storage().doubles(), 0, (int) sample.numel(), from, to);
        }
        t.data().copyFrom(sample);
        return t;
    }

    /** {@code tensor.normal_(mean, std)}. */
    public static Tensor normal_(Tensor t, double mean, double std) {
        if (std < 0) {
            throw TorchException.runtime("normal expects std >= 0.0, but found std " + std);
        }
        Tensor sample = Tensor.empty(t.shape(), requireFloating(t, "normal_"));
        Generator g = Generator.defaultGenerator();
        if (sample.dtype() == DType.FLOAT32) {
            g.fillNormal(sample.storage().floats(), 0, (int) sample.numel(), mean, std);
        } else {
            g.fillNormal(sample.storage().doubles(), 0, (int) sample.numel(), mean, std);
        }
        t.data().copyFrom(sample);
        return t;
    }

    /** {@code tensor.bernoulli_(p)}: 1 where a float64 uniform draw is below p (PyTorch's CPU kernel without MKL). */
    public static Tensor bernoulli_(Tensor t, double p) {
        double[] draws = new double[(int) t.numel()];
        Generator.defaultGenerator().fillUniform(draws, 0, draws.length, 0, 1);
        Tensor sample = Tensor.empty(t.shape(), DType.FLOAT64);
        double[] out = sample.storage().doubles();
        for (int i = 0; i < draws.length; i++) {
            out[i] = draws[i] < p ? 1 : 0;
        }
        t.data().copyFrom(sample);
        return t;
    }

    private static DType requireFloating(Tensor t, String name) {
        if (!t.dtype().isFloatingPoint()) {
            throw TorchException.runtime(name + " not implemented for '" + ShapeOps.typeName(t.dtype()) + "'");
        }
        return t.dtype();
    }
}
