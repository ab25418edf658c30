package dev.torchlet.engine.nn;

import dev.torchlet.engine.Creation;
import dev.torchlet.engine.DType;
import dev.torchlet.engine.Float32;
import dev.torchlet.engine.RandomFill;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.SpecialFunctions;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.TorchException;

/** {@code torch.nn.init}: in-place initialisers drawing PyTorch's random streams (no autograd history). */
public final class Init {
    private Init() {
    }

    /** {@code calculate_gain(nonlinearity, param)}. */
    public static double calculateGain(String nonlinearity, Double param) {
        return switch (nonlinearity) {
            case "linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d", "sigmoid" -> 1;
            case "tanh" -> 5.0 / 3;
            case "relu" -> Math.sqrt(2.0);
            case "leaky_relu" -> {
                double slope = param == null ? 0.01 : param;
                yield Math.sqrt(2.0 / (1 + slope * slope));
            }
            case "selu" -> 3.0 / 4;
            default -> throw new TorchException(TorchException.Kind.VALUE_ERROR, "Unsupported nonlinearity " + nonlinearity);
        };
    }

    public static Tensor uniform_(Tensor t, double a, double b) {
        return RandomFill.uniform_(t, a, b);
    }

    public static Tensor normal_(Tensor t, double mean, double std) {
        return RandomFill.normal_(t, mean, std);
    }

    public static Tensor constant_(Tensor t, Scalar value) {
        t.data().fill_(value);
        return t;
    }

    /** (fan_in, fan_out) of a weight: dim 1 and dim 0 times the receptive field (the product of the rest). */
    public static long[] fans(Tensor t) {
        if (t.dim() < 2) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR,
                    "Fan in and fan out can not be computed for tensor with fewer than 2 dimensions");
        }
        long receptive = 1;
        for (int d = 2; d < t.dim(); d++) {
            receptive *= t.size(d);
        }
        return new long[] {t.size(1) * receptive, t.size(0) * receptive};
    }

    public static Tensor xavierUniform_(Tensor t, double gain) {
        long[] fans = fans(t);
        double std = gain * Math.sqrt(2.0 / (fans[0] + fans[1]));
        double a = Math.sqrt(3.0) * std;
        return uniform_(t, -a, a);
    }

    public static Tensor xavierNormal_(Tensor t, double gain) {
        long[] fans = fans(t);
        return normal_(t, 0, gain * Math.sqrt(2.0 / (fans[0] + fans[1])));
    }

    private static double kaimingStd(Tensor t, double a, String mode, String nonlinearity) {
        long[] fans = fans(t);
        long fan = switch (mode) {
            case "fan_in" -> fans[0];
            case "fan_out" -> fans[1];
            default -> throw new TorchException(TorchException.Kind.VALUE_ERROR,
                    "Mode " + mode + " not supported, please use one of fan_in, fan_out");
        };
        return calculateGain(nonlinearity, a) / Math.sqrt(fan);
    }

    public static Tensor kaimingUniform_(Tensor t, double a, String mode, String nonlinearity) {
        if (t.numel() == 0) {
            return t; // PyTorch warns "Initializing zero-element tensors is a no-op" and leaves it
        }
        double bound = Math.sqrt(3.0) * kaimingStd(t, a, mode, nonlinearity);
        return uniform_(t, -bound, bound);
    }

    public static Tensor kaimingNormal_(Tensor t, double a, String mode, String nonlinearity) {
        if (t.numel() == 0) {
            return t;
        }
        return normal_(t, 0, kaimingStd(t, a, mode, nonlinearity));
    }

    /** {@code eye_}: the identity matrix (ones on the main diagonal of a 2-D tensor). */
    public static Tensor eye_(Tensor t) {
        if (t.dim() != 2) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "Only tensors with 2 dimensions are supported");
        }
        t.data().copyFrom(Creation.eye(t.size(0), t.size(1), t.dtype()));
        return t;
    }

    /** {@code dirac_}: a convolution weight that passes each input channel through (per group) unchanged. */
    public static Tensor dirac_(Tensor t, long groups) {
        int dims = t.dim();
        if (dims < 3 || dims > 5) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "Only tensors with 3, 4, or 5 dimensions are supported");
        }
        long[] shape = t.shape();
        if (shape[0] % groups != 0) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "dim 0 must be divisible by groups");
        }
        long perGroup = shape[0] / groups;
        long channels = Math.min(perGroup, shape[1]);
        double[] values = new double[(int) t.numel()];
        for (long g = 0; g < groups; g++) {
            for (long d = 0; d < channels; d++) {
                // Row-major position of [g·perGroup + d, d, centre, centre…].
                long at = g * perGroup + d;
                at = at * shape[1] + d;
                for (int k = 2; k < dims; k++) {
                    at = at * shape[k] + shape[k] / 2;
                }
                values[(int) at] = 1;
            }
        }
        TensorValues.write(t, values);
        return t;
    }

    /**
     * {@code trunc_normal_}: PyTorch 1.13's draw, step by step in the tensor's dtype — uniform_ between the
     * images of [a, b] under 2Φ − 1, then erfinv, × std·√2, + mean, clamped to [a, b].
     */
    public static Tensor truncNormal_(Tensor t, double mean, double std, double a, double b) {
        if (!t.device().isCpu()) {
            // Random draws come from the CPU generator on every device: drawn on the host, then moved.
            t.data().copyFrom(truncNormal_(Torch.full(t.shape(), Scalar.of(0.0), t.dtype()), mean, std, a, b));
            return t;
        }
        double low = normalCdf((a - mean) / std);
        double high = normalCdf((b - mean) / std);
        uniform_(t, 2 * low - 1, 2 * high - 1);
        boolean float32 = t.dtype() == DType.FLOAT32;
        double scale = inDtype(std * Math.sqrt(2.0), float32);
        double shift = inDtype(mean, float32);
        double min = inDtype(a, float32);
        double max = inDtype(b, float32);
        double[] values = TensorValues.read(t);
        for (int i = 0; i < values.length; i++) {
            double v = inDtype(SpecialFunctions.erfinv(values[i]), float32);
            v = inDtype(inDtype(v * scale, float32) + shift, float32);
            values[i] = Math.min(Math.max(v, min), max);
        }
        TensorValues.write(t, values);
        return t;
    }

    private static double normalCdf(double x) {
        return (1 + SpecialFunctions.erf(x / Math.sqrt(2.0))) / 2;
    }

    private static double inDtype(double v, boolean float32) {
        return float32 ? Float32.round(v) : v;
    }

    /**
     * {@code orthogonal_}: N(0, 1) draws as a (rows, rest) matrix, transposed when wide, its QR's Q made
     * unique by the signs of R's diagonal, transposed back, times {@code gain} — PyTorch 1.13's steps.
     */
    public static Tensor orthogonal_(Tensor t, double gain) {
        if (t.dim() < 2) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "Only tensors with 2 or more dimensions are supported");
        }
        if (t.numel() == 0) {
            return t;
        }
        int rows = (int) t.size(0);
        int columns = (int) (t.numel() / rows);
        Tensor draws = Creation.empty(new long[] {rows, columns}, t.dtype());
        normal_(draws, 0, 1);
        double[] drawn = TensorValues.read(draws);
        boolean wide = rows < columns;
        int m = wide ? columns : rows;
        int n = wide ? rows : columns;
        double[][] matrix = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                matrix[i][j] = wide ? drawn[j * columns + i] : drawn[i * columns + j];
            }
        }
        double[][] q = HouseholderQr.signedQ(matrix);
        boolean float32 = t.dtype() == DType.FLOAT32;
        double factor = inDtype(gain, float32);
        double[] values = new double[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                double v = inDtype(wide ? q[j][i] : q[i][j], float32);
                values[i * columns + j] = inDtype(v * factor, float32);
            }
        }
        TensorValues.write(t, values);
        return t;
    }
}
