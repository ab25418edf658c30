package dev.torchlet.engine.nn;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.ValuesIndices;
import dev.torchlet.engine.autograd.Graph;

/** {@code F.max_pool2d}: the maximum of each window (NaN wins), with the flat in-plane index of each maximum. */
public final class Pooling {
    private Pooling() {
    }

    private static int outputSize(int size, int k, int s, int p, int d, boolean ceil) {
        int numerator = size + 2 * p - d * (k - 1) - 1;
        int out = (ceil ? Math.floorDiv(numerator + s - 1, s) : Math.floorDiv(numerator, s)) + 1;
        if (ceil && (out - 1) * s >= size + p) {
            out--; // the last window must start inside the input or its left padding
        }
        return out;
    }

    public static ValuesIndices maxPool2dWithIndices(Tensor input, int[] kernel, int[] stride, int[] padding, int[] dilation, boolean ceil) {
        if (input.dim() == 3) {
            ValuesIndices batched = maxPool2dWithIndices(ShapeOps.unsqueeze(input, 0), kernel, stride, padding, dilation, ceil);
            return new ValuesIndices(ShapeOps.squeeze(batched.values(), 0), ShapeOps.squeeze(batched.indices(), 0));
        }
        if (input.dim() != 4) {
            throw TorchException.runtime("non-empty 3D or 4D (batch mode) tensor expected for input");
        }
        for (int a = 0; a < 2; a++) {
            if (padding[a] * 2 > kernel[a]) {
                throw TorchException.runtime("pad should be at most half of effective kernel size, but got pad=" + padding[a]
                        + ", kernel_size=" + kernel[a] + " and dilation=" + dilation[a]);
            }
        }
        int n = (int) input.size(0);
        int c = (int) input.size(1);
        int h = (int) input.size(2);
        int w = (int) input.size(3);
        int oh = outputSize(h, kernel[0], stride[0], padding[0], dilation[0], ceil);
        int ow = outputSize(w, kernel[1], stride[1], padding[1], dilation[1], ceil);
        if (oh <= 0 || ow <= 0) {
            throw TorchException.runtime("Given input size: (" + c + "x" + h + "x" + w + "). Calculated output size: (" + c + "x"
                    + oh + "x" + ow + "). Output size is too small");
        }
        double[] in = TensorValues.read(input);
        double[] out = new double[n * c * oh * ow];
        double[] where = new double[out.length];
        for (int plane = 0; plane < n * c; plane++) {
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    double best = Double.NEGATIVE_INFINITY;
                    int bestAt = -1;
                    for (int i = 0; i < kernel[0]; i++) {
                        int iy = y * stride[0] - padding[0] + i * dilation[0];
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        for (int j = 0; j < kernel[1]; j++) {
                            int ix = x * stride[1] - padding[1] + j * dilation[1];
                            if (ix < 0 || ix >= w) {
                                continue;
                            }
                            double v = in[plane * h * w + iy * w + ix];
                            if (bestAt < 0 || v > best || Double.isNaN(v) && !Double.isNaN(best)) {
                                best = v;
                                bestAt = iy * w + ix;
                            }
                        }
                    }
                    out[(plane * oh + y) * ow + x] = best;
                    where[(plane * oh + y) * ow + x] = bestAt;
                }
            }
        }
        long[] shape = {n, c, oh, ow};
        Tensor indices = TensorValues.create(where, shape, DType.INT64);
        Tensor values = TensorValues.create(out, shape, input.dtype());
        long[] inputShape = input.shape();
        Graph.record(values, "MaxPool2DWithIndicesBackward0", new Tensor[] {input, indices}, g -> {
            CreateGraphGuard.refuse("max_pool2d");
            double[] go = TensorValues.read(g);
            double[] gi = new double[in.length];
            for (int k = 0; k < go.length; k++) {
                int plane = k / (oh * ow);
                gi[plane * h * w + (int) where[k]] += go[k];
            }
            return new Tensor[] {TensorValues.create(gi, inputShape, input.dtype())};
        }, input);
        return new ValuesIndices(values, indices);
    }
}
