package dev.torchlet.engine.nn;

import dev.torchlet.engine.TensorValues;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.autograd.Graph;

/**
 * {@code F.avg_pool2d}, {@code F.avg_pool3d} and {@code F.adaptive_avg_pool2d}: each output is the
 * sum of one input window divided by a divisor; all are the same loop over (depth, height, width)
 * windows, 2-D pooling having depth 1, which differ only in where each window lies and what it is
 * divided by. The backward spreads g/divisor back over the window.
 */
public final class AveragePooling {
    private AveragePooling() {
    }

    /** Window {@code [depthStart, depthEnd) × [rowStart, rowEnd) × [colStart, colEnd)} of output (z, y, x), and its divisor. */
    private interface Windows {
        int[] of(int z, int y, int x);
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
        if (input.dim() != 3 && input.dim() != 4) {
            throw TorchException.runtime("non-empty 3D or 4D (batch mode) tensor expected for input");
        }
        if (oh <= 0 || ow <= 0) {
            throw TorchException.runtime("Output size is too small (" + oh + "x" + ow + ")");
        }
        return pool(input, 2, new int[] {1, oh, ow}, "AvgPool2DBackward0", slidingWindows(new int[] {1, kernel[0], kernel[1]},
                new int[] {1, stride[0], stride[1]}, new int[] {0, padding[0], padding[1]}, new int[] {1, h, w}, countIncludePad,
                divisorOverride));
    }

    public static Tensor avgPool3d(Tensor input, int[] kernel, int[] stride, int[] padding, boolean ceil, boolean countIncludePad,
                                   Integer divisorOverride) {
        if (input.dim() != 4 && input.dim() != 5) {
            throw TorchException.runtime("non-empty 4D or 5D (batch mode) tensor expected for input");
        }
        for (int a = 0; a < 3; a++) {
            if (padding[a] * 2 > kernel[a]) {
                throw TorchException.runtime("pad should be at most half of kernel size, but got pad=" + padding[a]
                        + " and kernel_size=" + kernel[a]);
            }
        }
        if (divisorOverride != null && divisorOverride == 0) {
            throw TorchException.runtime("divisor must be not zero");
        }
        int[] in = new int[3];
        int[] out = new int[3];
        boolean tooSmall = false;
        boolean empty = false;
        for (int a = 0; a < 3; a++) {
            in[a] = (int) input.size(input.dim() - 3 + a);
            out[a] = outputSize(in[a], kernel[a], stride[a], padding[a], ceil);
            tooSmall |= in[a] < kernel[a];
            empty |= out[a] <= 0;
        }
        if (tooSmall) {
            throw TorchException.runtime("input image (T: " + in[0] + " H: " + in[1] + " W: " + in[2] + ") smaller than kernel size (kT: "
                    + kernel[0] + " kH: " + kernel[1] + " kW: " + kernel[2] + ")");
        }
        if (empty) {
            long c = input.size(input.dim() - 4);
            throw TorchException.runtime("Given input size: (" + c + "x" + in[0] + "x" + in[1] + "x" + in[2] + "). Calculated output size: ("
                    + c + "x" + out[0] + "x" + out[1] + "x" + out[2] + "). Output size is too small");
        }
        return pool(input, 3, out, "AvgPool3DBackward0", slidingWindows(kernel, stride, padding, in, countIncludePad, divisorOverride));
    }

    /** avg_pool's windows, clipped to the input, divided by their size with or without padding or by divisor_override. */
    private static Windows slidingWindows(int[] kernel, int[] stride, int[] padding, int[] in, boolean countIncludePad,
                                          Integer divisorOverride) {
        return (z, y, x) -> {
            int[] window = new int[7];
            int[] at = {z, y, x};
            int poolSize = 1;
            int inside = 1;
            for (int a = 0; a < 3; a++) {
                int start = at[a] * stride[a] - padding[a];
                int end = Math.min(start + kernel[a], in[a] + padding[a]);
                poolSize *= end - start;
                start = Math.max(start, 0);
                end = Math.min(end, in[a]);
                inside *= end - start;
                window[2 * a] = start;
                window[2 * a + 1] = end;
            }
            window[6] = divisorOverride != null ? divisorOverride : countIncludePad ? poolSize : inside;
            return window;
        };
    }

    public static Tensor adaptiveAvgPool2d(Tensor input, int oh, int ow) {
        int h = (int) input.size(input.dim() - 2);
        int w = (int) input.size(input.dim() - 1);
        // PyTorch computes a 1×1 output as a mean over the last two dimensions (grad_fn MeanBackward1).
        String gradFn = oh == 1 && ow == 1 ? "MeanBackward1" : "AdaptiveAvgPool2DBackward0";
        if (input.dim() != 3 && input.dim() != 4) {
            throw TorchException.runtime("non-empty 3D or 4D (batch mode) tensor expected for input");
        }
        if (oh <= 0 || ow <= 0) {
            throw TorchException.runtime("Output size is too small (" + oh + "x" + ow + ")");
        }
        return pool(input, 2, new int[] {1, oh, ow}, gradFn, (z, y, x) -> {
            int hs = Math.floorDiv(y * h, oh);
            int he = -Math.floorDiv(-(y + 1) * h, oh);
            int ws = Math.floorDiv(x * w, ow);
            int we = -Math.floorDiv(-(x + 1) * w, ow);
            return new int[] {0, 1, hs, he, ws, we, (he - hs) * (we - ws)};
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

    /** The windows over the last three (depth 1 when {@code spatial} is 2) dimensions of (N, C, …) or unbatched (C, …) input. */
    private static Tensor pool(Tensor input, int spatial, int[] out, String gradFn, Windows windows) {
        if (input.dim() == spatial + 1) {
            return ShapeOps.squeeze(pool(ShapeOps.unsqueeze(input, 0), spatial, out, gradFn, windows), 0);
        }
        int planes = (int) (input.size(0) * input.size(1));
        int d = spatial == 3 ? (int) input.size(2) : 1;
        int h = (int) input.size(input.dim() - 2);
        int w = (int) input.size(input.dim() - 1);
        int inVolume = d * h * w;
        int outVolume = out[0] * out[1] * out[2];
        int[][] window = new int[outVolume][];
        for (int z = 0, k = 0; z < out[0]; z++) {
            for (int y = 0; y < out[1]; y++) {
                for (int x = 0; x < out[2]; x++, k++) {
                    window[k] = windows.of(z, y, x);
                }
            }
        }
        long[] inputShape = input.shape();
        long[] shape = inputShape.clone();
        for (int a = 0; a < spatial; a++) {
            shape[2 + a] = out[3 - spatial + a];
        }
        if (!input.device().isCpu()) {
            return onDevice(input, window, planes, h, w, shape, gradFn);
        }
        double[] in = TensorValues.read(input);
        double[] result = new double[planes * outVolume];
        for (int plane = 0; plane < planes; plane++) {
            for (int k = 0; k < outVolume; k++) {
                int[] win = window[k];
                double sum = 0;
                for (int iz = win[0]; iz < win[1]; iz++) {
                    for (int iy = win[2]; iy < win[3]; iy++) {
                        for (int ix = win[4]; ix < win[5]; ix++) {
                            sum += in[plane * inVolume + (iz * h + iy) * w + ix];
                        }
                    }
                }
                result[plane * outVolume + k] = sum / win[6];
            }
        }
        Tensor pooled = TensorValues.create(result, shape, input.dtype());
        return Graph.record(pooled, gradFn, g -> {
            CreateGraphGuard.refuse("avg_pool2d / avg_pool3d / adaptive_avg_pool2d");
            double[] go = TensorValues.read(g);
            double[] gi = new double[in.length];
            for (int plane = 0; plane < planes; plane++) {
                for (int k = 0; k < outVolume; k++) {
                    int[] win = window[k];
                    double share = go[plane * outVolume + k] / win[6];
                    for (int iz = win[0]; iz < win[1]; iz++) {
                        for (int iy = win[2]; iy < win[3]; iy++) {
                            for (int ix = win[4]; ix < win[5]; ix++) {
                                gi[plane * inVolume + (iz * h + iy) * w + ix] += share;
                            }
                        }
                    }
                }
            }
            return new Tensor[] {TensorValues.create(gi, inputShape, input.dtype())};
        }, input);
    }

    /** The boxes {@code window[k]} (start/end per axis, divisor) as {@link DevicePooling}'s members and divisors. */
    private static Tensor onDevice(Tensor input, int[][] window, int planes, int h, int w, long[] shape, String gradFn) {
        int[][] members = new int[window.length][];
        int[] divisors = new int[window.length];
        for (int k = 0; k < window.length; k++) {
            int[] win = window[k];
            int[] inside = new int[Math.max(0, (win[1] - win[0]) * (win[3] - win[2]) * (win[5] - win[4]))];
            int n = 0;
            for (int iz = win[0]; iz < win[1]; iz++) {
                for (int iy = win[2]; iy < win[3]; iy++) {
                    for (int ix = win[4]; ix < win[5]; ix++) {
                        inside[n++] = (iz * h + iy) * w + ix;
                    }
                }
            }
            members[k] = inside;
            divisors[k] = win[6];
        }
        int inVolume = (int) (input.numel() / Math.max(planes, 1));
        DevicePooling.Windows windows = new DevicePooling.Windows(planes, inVolume, members, gradFn + " "
                + java.util.Arrays.toString(input.shape()) + " " + java.util.Arrays.deepToString(members));
        return DevicePooling.average(input, windows, divisors, shape, gradFn, "avg_pool2d / avg_pool3d / adaptive_avg_pool2d");
    }
}
