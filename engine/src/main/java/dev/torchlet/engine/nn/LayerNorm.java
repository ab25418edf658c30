package dev.torchlet.engine.nn;

import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.UnaryOp;
import dev.torchlet.engine.autograd.Graph;

/**
 * {@code F.layer_norm}: each sample normalised over its trailing {@code normalizedShape} dims by
 * its own mean and biased variance, then scaled and shifted element-wise. PyTorch's CPU kernel
 * forms y = (x·rstd + (−rstd·mean))·γ + β with rstd = 1/√(var + ε), rounded at those steps;
 * one node, NativeLayerNormBackward0.
 */
public final class LayerNorm {
    private LayerNorm() {
    }

    public static Tensor layerNorm(Tensor input, long[] normalizedShape, Tensor weight, Tensor bias, double eps) {
        checkShapes(input, normalizedShape, weight, bias);
        long n = 1;
        for (long s : normalizedShape) {
            n *= s;
        }
        long rowsCount = n == 0 ? 0 : input.numel() / n;
        long width = n;
        Tensor[] stats = Untracked.computeAll(() -> {
            Tensor rows = input.reshape(rowsCount, width);
            Tensor mean = rows.mean(1, true);
            Tensor centred = rows.sub(mean);
            Tensor var = centred.mul(centred).mean(1, true);
            Tensor rstd = var.add(Scalar.of(eps)).unary(UnaryOp.SQRT).unary(UnaryOp.RECIPROCAL);
            Tensor xhat = rows.mul(rstd).add(rstd.neg().mul(mean));
            return new Tensor[] {xhat, rstd};
        });
        Tensor xhat = stats[0];
        Tensor rstd = stats[1];
        Tensor result = Untracked.compute(() -> {
            Tensor y = xhat.reshape(input.shape());
            y = weight == null ? y : y.mul(weight);
            return bias == null ? y : y.add(bias);
        });
        return Graph.record(result, "NativeLayerNormBackward0", new Tensor[] {input}, g -> {
            Tensor rowsGrad = g.reshape(rowsCount, width);
            Tensor scaled = weight == null ? rowsGrad : rowsGrad.mul(weight.reshape(1, width));
            Tensor gradInput = scaled.sub(scaled.mean(1, true)).sub(xhat.mul(scaled.mul(xhat).mean(1, true))).mul(rstd)
                    .reshape(input.shape());
            return new Tensor[] {gradInput, weight == null ? null : rowsGrad.mul(xhat).sum(0, false).reshape(normalizedShape),
                bias == null ? null : rowsGrad.sum(0, false).reshape(normalizedShape)};
        }, input, weight, bias);
    }

    /** PyTorch's _check_layer_norm_inputs messages. */
    private static void checkShapes(Tensor input, long[] normalizedShape, Tensor weight, Tensor bias) {
        if (normalizedShape.length < 1) {
            throw TorchException.runtime("Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one element, "
                    + "but got normalized_shape = []");
        }
        String expected = sizes(normalizedShape);
        if (weight != null && !sizes(weight.shape()).equals(expected)) {
            throw TorchException.runtime("Expected weight to be of same shape as normalized_shape, but got weight of shape "
                    + sizes(weight.shape()) + " and normalized_shape = " + expected);
        }
        if (bias != null && !sizes(bias.shape()).equals(expected)) {
            throw TorchException.runtime("Expected bias to be of same shape as normalized_shape, but got bias of shape "
                    + sizes(bias.shape()) + " and normalized_shape = " + expected);
        }
        int offset = input.dim() - normalizedShape.length;
        boolean fits = offset >= 0;
        for (int i = 0; fits && i < normalizedShape.length; i++) {
            fits = input.size(offset + i) == normalizedShape[i];
        }
        if (!fits) {
            StringBuilder star = new StringBuilder("[*");
            for (long s : normalizedShape) {
                star.append(", ").append(s);
            }
            throw TorchException.runtime("Given normalized_shape=" + expected + ", expected input with shape " + star
                    + "], but got input of size" + sizes(input.shape()));
        }
    }

    private static String sizes(long[] shape) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            s.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return s.append("]").toString();
    }
}
