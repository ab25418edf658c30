package dev.torchlet.engine.nn;

import dev.torchlet.engine.RandomFill;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
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
}
