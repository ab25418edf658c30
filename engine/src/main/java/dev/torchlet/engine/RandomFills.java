package dev.torchlet.engine;

import dev.torchlet.engine.random.Generator;

/**
 * In-place random fills ({@code uniform_}, {@code normal_}) and {@code torch.normal}'s overloads,
 * drawn from the default generator in PyTorch's order: values are generated for the tensor's
 * elements in row-major order (as PyTorch fills a contiguous tensor, or a contiguous temporary it
 * copies into a strided one), then written through autograd's in-place rules.
 */
public final class RandomFills {
    private RandomFills() {
    }

    /** {@code t.uniform_(from, to)}. */
    public static Tensor uniform_(Tensor t, double from, double to) {
        if (from > to) {
            throw TorchException.runtime("uniform_ expects to return a [from, to) range, but found from=" + fmt(from)
                    + " > to=" + fmt(to));
        }
        return t.copyFrom(drawn(t, from, to, false));
    }

    /** {@code t.normal_(mean, std)}. */
    public static Tensor normal_(Tensor t, double mean, double std) {
        if (std < 0) {
            throw TorchException.runtime("normal expects std >= 0.0, but found std " + fmt(std));
        }
        return t.copyFrom(drawn(t, mean, std, true));
    }

    /** {@code torch.normal(mean, std, size)} with numbers: a new tensor of the default (or given) dtype. */
    public static Tensor normal(double mean, double std, long[] shape, DType dtype) {
        Tensor t = Tensor.empty(shape, dtype == null ? Torch.getDefaultDtype() : dtype);
        return normal_(t, mean, std);
    }

    /**
     * {@code torch.normal(mean, std)} with a tensor among them: standard normal samples of the
     * broadcast shape, then {@code · std + mean} (PyTorch's order of operations).
     */
    public static Tensor normal(Tensor mean, Tensor std) {
        long[] shape = Broadcast.shapes(mean.shape(), std.shape());
        Tensor stds = std.detach().contiguous();
        for (long i = 0; i < stds.numel(); i++) {
            if (stds.doubleAt(i) < 0) {
                throw TorchException.runtime("normal expects all elements of std >= 0.0");
            }
        }
        Tensor samples = Tensor.empty(shape, mean.dtype().isFloatingPoint() ? mean.dtype() : std.dtype());
        normal_(samples, 0, 1);
        return samples.mul(std.detach()).add(mean.detach());
    }

    /** {@code t.bernoulli_(p)}: 1 where a uniform double draw is below p, else 0 (PyTorch's serial CPU kernel). */
    public static Tensor bernoulli_(Tensor t, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw TorchException.runtime("bernoulli_ expects p to be in [0, 1], but got p=" + fmt(p));
        }
        double[] u = new double[(int) t.numel()];
        Generator.defaultGenerator().fillUniform(u, 0, u.length, 0, 1);
        Tensor values = Tensor.empty(t.shape(), t.dtype());
        for (int i = 0; i < u.length; i++) {
            values.storage().setDouble(i, u[i] < p ? 1 : 0);
        }
        return t.copyFrom(values);
    }

    /**
     * {@code t.bernoulli_(p)} with a tensor of probabilities broadcast to t's shape: per element, 1
     * where a uniform draw of p's precision is below p (PyTorch's serial CPU kernel).
     */
    public static Tensor bernoulli_(Tensor t, Tensor p) {
        return t.copyFrom(bernoulliDraws(ShapeOps.expand(p.detach(), t.shape()), "bernoulli_tensor_cpu_p_").to(t.dtype()));
    }

    /**
     * {@code torch.bernoulli(p)}: per element, 1 where a uniform draw of p's precision is below p.
     * The result requires grad when p does; its gradient is zero (BernoulliBackward0).
     */
    public static Tensor bernoulli(Tensor p) {
        if (!p.dtype().isFloatingPoint()) {
            throw TorchException.notImplemented("bernoulli of a " + p.dtype() + " tensor is not supported by Torchlet yet");
        }
        Tensor result = bernoulliDraws(p.detach(), null);
        long[] shape = p.shape();
        return dev.torchlet.engine.autograd.Graph.record(result, "BernoulliBackward0",
                grad -> new Tensor[] {Torch.full(shape, Scalar.of(0L), grad.dtype(), grad.device())}, p);
    }

    /** 1 or 0 per element of p (in p's dtype): float32 p compares a float draw, float64 a double draw. */
    private static Tensor bernoulliDraws(Tensor p, String kernelName) {
        if (!p.dtype().isFloatingPoint()) {
            throw TorchException.runtime("\"" + kernelName + "\" not implemented for '" + ShapeOps.typeName(p.dtype()) + "'");
        }
        if (!p.device().isCpu()) {
            // Drawn by the CPU generator (as every random op in Torchlet), from the probabilities' values.
            return bernoulliDraws(p.onHost(), kernelName).transferredTo(p.device());
        }
        Tensor probabilities = p.contiguous();
        int n = (int) probabilities.numel();
        Tensor result = Tensor.empty(p.shape(), p.dtype());
        Generator g = Generator.defaultGenerator();
        boolean single = p.dtype() == DType.FLOAT32;
        float[] floatDraw = new float[1];
        double[] doubleDraw = new double[1];
        for (int i = 0; i < n; i++) {
            double v = probabilities.doubleAt(i);
            if (!(v >= 0 && v <= 1)) {
                throw TorchException.runtime("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error "
                        + "message be improved?  If so, please report an enhancement request to PyTorch.)");
            }
            boolean one;
            if (single) {
                g.fillUniform(floatDraw, 0, 1, 0, 1);
                one = floatDraw[0] < v;
            } else {
                g.fillUniform(doubleDraw, 0, 1, 0, 1);
                one = doubleDraw[0] < v;
            }
            result.storage().setDouble(i, one ? 1 : 0);
        }
        return result;
    }

    /** {@code t.exponential_(lambd)}: −log1p(−u)/λ from uniform double draws, rounded to t's dtype (PyTorch's CPU kernel). */
    public static Tensor exponential_(Tensor t, double lambda) {
        if (!(lambda > 0)) {
            throw TorchException.runtime("exponential_ expects lambda > 0.0, but found lambda=" + fmt(lambda));
        }
        if (!t.dtype().isFloatingPoint()) {
            throw TorchException.notImplemented("exponential_ of a " + t.dtype() + " tensor is not supported by Torchlet yet");
        }
        double[] u = new double[(int) t.numel()];
        Generator.defaultGenerator().fillUniform(u, 0, u.length, 0, 1);
        Tensor values = Tensor.empty(t.shape(), t.dtype());
        for (int i = 0; i < u.length; i++) {
            values.storage().setDouble(i, -1.0 / lambda * Math.log1p(-u[i]));
        }
        return t.copyFrom(values);
    }

    /**
     * {@code torch.multinomial(p, n, replacement)} as PyTorch 1.13 draws it: without replacement,
     * exponential noise q, then the n largest of p / q along the last dimension (argmax for one
     * sample); with replacement, binary search of uniform draws in the cumulative distribution.
     */
    public static Tensor multinomial(Tensor p, long samples, boolean replacement) {
        if (!p.device().isCpu()) {
            // Drawn by the CPU generator (as every random op in Torchlet), from the probabilities' values.
            return multinomial(p.detach().onHost(), samples, replacement).transferredTo(p.device());
        }
        if (p.dim() < 1 || p.dim() > 2) {
            throw TorchException.runtime("prob_dist must be 1 or 2 dim");
        }
        if (!p.dtype().isFloatingPoint()) {
            throw TorchException.runtime("multinomial only supports floating-point dtypes for input, got: "
                    + ShapeOps.typeName(p.dtype()));
        }
        if (samples <= 0) {
            throw TorchException.runtime("cannot sample n_sample <= 0 samples");
        }
        long categories = p.size(p.dim() - 1);
        if (samples > categories && !replacement) {
            throw TorchException.runtime("cannot sample n_sample > prob_dist.size(-1) samples without replacement");
        }
        Tensor probabilities = p.detach().contiguous();
        long rowLength = categories;
        for (long i = 0; i < probabilities.numel(); i++) {
            double v = probabilities.doubleAt(i);
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw TorchException.runtime("probability tensor contains either `inf`, `nan` or element < 0");
            }
        }
        for (long row = 0; row < probabilities.numel() / Math.max(rowLength, 1); row++) {
            double sum = 0;
            for (long k = 0; k < rowLength; k++) {
                sum += probabilities.doubleAt(row * rowLength + k);
            }
            if (!(sum > 0)) {
                throw TorchException.runtime("invalid multinomial distribution (sum of probabilities <= 0)");
            }
        }
        if (replacement) {
            return withReplacement(probabilities, samples);
        }
        Tensor noise = exponential_(Tensor.empty(p.shape(), p.dtype()), 1);
        Tensor keys = probabilities.div(noise);
        int last = p.dim() - 1;
        return samples == 1 ? Extrema.argmax(keys, last, true) : Extrema.topk(keys, samples, last, true).indices();
    }

    /**
     * Sampling with replacement as PyTorch's CPU kernel does it: per row, the cumulative sums in the
     * input's precision divided by the total (the last set to exactly 1), then per sample a uniform
     * double draw located by binary search (the first slot whose cumulative value is not below it).
     */
    private static Tensor withReplacement(Tensor probabilities, long samples) {
        boolean single = probabilities.dtype() == DType.FLOAT32;
        long categories = probabilities.size(probabilities.dim() - 1);
        long rows = probabilities.dim() == 1 ? 1 : probabilities.size(0);
        long[] shape = probabilities.dim() == 1 ? new long[] {samples} : new long[] {rows, samples};
        Tensor result = Tensor.empty(shape, DType.INT64);
        double[] cumulative = new double[(int) categories];
        double[] u = new double[1];
        Generator g = Generator.defaultGenerator();
        for (long row = 0; row < rows; row++) {
            double sum = 0;
            for (int k = 0; k < categories; k++) {
                double v = probabilities.doubleAt(row * categories + k);
                sum = single ? Float32.round(sum + v) : sum + v;
                cumulative[k] = sum;
            }
            for (int k = 0; k < categories; k++) {
                cumulative[k] = single ? Float32.round(cumulative[k] / sum) : cumulative[k] / sum;
            }
            cumulative[(int) categories - 1] = 1;
            for (long s = 0; s < samples; s++) {
                g.fillUniform(u, 0, 1, 0, 1);
                int left = 0;
                int right = (int) categories;
                while (right - left > 0) {
                    int mid = left + (right - left) / 2;
                    if (cumulative[mid] < u[0]) {
                        left = mid + 1;
                    } else {
                        right = mid;
                    }
                }
                result.storage().setLong((int) (row * samples + s), left);
            }
        }
        return result;
    }

    private static Tensor drawn(Tensor t, double a, double b, boolean normal) {
        if (!t.dtype().isFloatingPoint()) {
            throw TorchException.notImplemented((normal ? "normal_" : "uniform_") + " of a " + t.dtype() + " tensor is not supported "
                    + "by Torchlet yet");
        }
        Tensor values = Tensor.empty(t.shape(), t.dtype());
        Generator g = Generator.defaultGenerator();
        int n = (int) t.numel();
        if (t.dtype() == DType.FLOAT32) {
            if (normal) {
                g.fillNormal(values.storage().floats(), 0, n, a, b);
            } else {
                g.fillUniform(values.storage().floats(), 0, n, a, b);
            }
        } else if (normal) {
            g.fillNormal(values.storage().doubles(), 0, n, a, b);
        } else {
            g.fillUniform(values.storage().doubles(), 0, n, a, b);
        }
        return values;
    }

    /** A number as C++'s {@code ostream <<} writes it in PyTorch's messages (-1, 0.5); exotic values fall back to repr. */
    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        return dev.torchlet.engine.format.FloatText.repr(v);
    }
}
