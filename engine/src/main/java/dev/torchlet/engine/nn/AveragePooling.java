package dev.torchlet.engine.nn;

import dev.torchlet.engine.TensorValues;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.autograd.Graph;

/**
 * {@code F.avg_pool2d} and {@code F.adaptive_avg_pool2d}: each output is the sum of one input window
 * divided by a divisor; both are the same loop over windows, which differ only in where each
 * window lies and what it is divided by. The backward spreads g/divisor back over the window.
 */
public final class AveragePooling {
    private AveragePooling() {
    }

    /** Window {@code [rowStart, rowEnd) × [colStart, colEnd)} of output (y, x), and its divisor. */
    private interface Windows {
        int[] of(int y, int x);
    }

    public static Tensor avgPool2d(Tensor input, int[] kernel, int[] stride, int[] padding, boolean ceil, boolean countIncludePad,
                                   Integer divisorOverride) {
        for (int a = 0; a < 2; a++) {
            if (padding[a] * 2 > kernel[a]) {
                throw TorchException.runtime("pad should be at most half of kernel size, but got pad=" + padding[a]
                        + " and kernel_size=" + kernel[a]);
            }
        }
        if (divisorOverride != null && divisorOverride == 0) {
            throw TorchException.runtime("divisor must be not zero");
        }
        int h = (int) input.size(input.dim() - 2);
        int w = (int) input.size(input.dim() - 1);
        int oh = outputSize(h, kernel[0], stride[0], padding[0], ceil);
        int ow = outputSize(w, kernel[1], stride[1], padding[1], ceil);
        return pool(input, oh, ow, "AvgPool2DBackward0", (y, x) -> {
            int hs = y * stride[0] - padding[0];
            int ws = x * stride[1] - padding[1];
            int he = Math.min(hs + kernel[0], h + padding[0]);
            int we = Math.min(ws + kernel[1], w + padding[1]);
            int poolSize = (he - hs) * (we - ws);
            hs = Math.max(hs, 0);
            ws = Math.max(ws, 0);
            he = Math.min(he, h);
            we = Math.min(we, w);
            int divisor = divisorOverride != null ? divisorOverride : countIncludePad ? poolSize : (he - hs) * (we - ws);
            return new int[] {hs, he, ws, we, divisor};
        });
    }

    public static Tensor adaptiveAvgPool2d(Tensor input, int oh, int ow) {
        int h = (int) input.size(input.dim() - 2);
        int w = (int) input.size(input.dim() - 1);
        // PyTorch computes a 1×1 output as a mean over the last two dimensions (grad_fn MeanBackward1).
        String gradFn = oh == 1 && ow == 1 ? "MeanBackward1" : "AdaptiveAvgPool2DBackward0";
        return pool(input, oh, ow, gradFn, (y, x) -> {
            int hs = Math.floorDiv(y * h, oh);
            int he = -Math.floorDiv(-(y + 1) * h, oh);
            int ws = Math.floorDiv(x * w, ow);
            int we = -Math.floorDiv(-(x + 1) * w, ow);
            return new int[] {hs, he, ws, we, (he - hs) * (we - ws)};
        });
    }

    private static int outputSize(int size, int k, int s, int p, boolean ceil) {
        int numerator = size + 2 * p - k;
        int out = (ceil ? Math.floorDiv(numerator + s - 1, s) : Math.floorDiv(numerator, s)) + 1;
        if (ceil && (out - 1) * s >= size + p) {
            out--;
        }
        return out;
    }

    private static Tensor pool(Tensor input, int oh, int ow, String gradFn, Windows windows) {
        if (input.dim() == 3) {
            return ShapeOps.squeeze(pool(ShapeOps.unsqueeze(input, 0), oh, ow, gradFn, windows), 0);
        }
        if (input.dim() != 4) {
            throw TorchException.runtime("non-empty 3D or 4D (batch mode) tensor expected for input");
        }
        if (oh <= 0 || ow <= 0) {
            throw TorchException.runtime("Output size is too small (" + oh + "x" + ow + ")");
        }
        int planes = (int) (input.size(0) * input.size(1));
        int h = (int) input.size(2);
        int w = (int) input.size(3);
        double[] in = TensorValues.read(input);
        double[] out = new double[planes * oh * ow];
        int[][] window = new int[oh * ow][];
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                window[y * ow + x] = windows.of(y, x);
            }
        }
        for (int plane = 0; plane < planes; plane++) {
            for (int k = 0; k < oh * ow; k++) {
                int[] win = window[k];
                double sum = 0;
                for (int iy = win[0]; iy < win[1]; iy++) {
                    for (int ix = win[2]; ix < win[3]; ix++) {
                        sum += in[(plane * h + iy) * w + ix];
                    }
                }
                out[plane * oh * ow + k] = sum / win[4];
            }
        }
        long[] inputShape = input.shape();
        Tensor result = TensorValues.create(out, new long[] {input.size(0), input.size(1), oh, ow}, input.dtype());
        return Graph.record(result, gradFn, g -> {
            CreateGraphGuard.refuse("avg_pool2d / adaptive_avg_pool2d");
            double[] go = TensorValues.read(g);
            double[] gi = new double[in.length];
            for (int plane = 0; plane < planes; plane++) {
                for (int k = 0; k < oh * ow; k++) {
                    int[] win = window[k];
                    double share = go[plane * oh * ow + k] / win[4];
                    for (int iy = win[0]; iy < win[1]; iy++) {
                        for (int ix = win[2]; ix < win[3]; ix++) {
                            gi[(plane * h + iy) * w + ix] += share;
                        }
                    }
                }
            }
            return new Tensor[] {TensorValues.create(gi, inputShape, input.dtype())};
        }, input);
    }
}
