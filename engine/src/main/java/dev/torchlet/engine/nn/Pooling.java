package dev.torchlet.engine.nn;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.ValuesIndices;
import dev.torchlet.engine.autograd.Graph;

/**
 * {@code F.max_pool2d}, {@code F.max_pool3d} and {@code F.adaptive_max_pool2d}: the maximum of
 * each window (NaN wins), with the flat in-plane (in-volume) index of each maximum. All are one
 * loop over (depth, height, width) windows, 2-D pooling having depth 1; they differ only in where
 * each window lies.
 */
public final class Pooling {
    private Pooling() {
    }

    /** Window of output (z, y, x): per axis (depth, height, width) its first position, count and step. */
    private interface Windows {
        int[] of(int z, int y, int x);
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
        return slidingMax(input, new int[] {1, kernel[0], kernel[1]}, new int[] {1, stride[0], stride[1]},
                new int[] {0, padding[0], padding[1]}, new int[] {1, dilation[0], dilation[1]}, ceil, "max_pool2d",
                "MaxPool2DWithIndicesBackward0");
    }

    public static ValuesIndices maxPool3dWithIndices(Tensor input, int[] kernel, int[] stride, int[] padding, int[] dilation, boolean ceil) {
        if (input.dim() == 4) {
            ValuesIndices batched = maxPool3dWithIndices(ShapeOps.unsqueeze(input, 0), kernel, stride, padding, dilation, ceil);
            return new ValuesIndices(ShapeOps.squeeze(batched.values(), 0), ShapeOps.squeeze(batched.indices(), 0));
        }
        if (input.dim() != 5) {
            throw TorchException.runtime("non-empty 4D or 5D (batch mode) tensor expected for input");
        }
        for (int a = 0; a < 3; a++) {
            if (padding[a] * 2 > kernel[a]) {
                throw TorchException.runtime("pad should be at most half of kernel size, but got pad=" + padding[a] + " and kernel_size="
                        + kernel[a]);
            }
        }
        return slidingMax(input, kernel, stride, padding, dilation, ceil, "max_pool3d", "MaxPool3DWithIndicesBackward0");
    }

    /** The max_pool windows of batched input over its last three dimensions (depth 1 for 2-D). */
    private static ValuesIndices slidingMax(Tensor input, int[] kernel, int[] stride, int[] padding, int[] dilation, boolean ceil,
                                            String function, String gradFn) {
        int spatial = input.dim() - 2;
        int[] in = volume(input, spatial);
        int[] out = new int[3];
        boolean empty = false;
        for (int a = 0; a < 3; a++) {
            out[a] = outputSize(in[a], kernel[a], stride[a], padding[a], dilation[a], ceil);
            empty |= out[a] <= 0;
        }
        if (empty) {
            String c = String.valueOf(input.size(1));
            throw TorchException.runtime("Given input size: (" + c + sizesText(in, spatial) + "). Calculated output size: (" + c
                    + sizesText(out, spatial) + "). Output size is too small");
        }
        return maxOverWindows(input, spatial, out, function, gradFn, (z, y, x) -> new int[] {
            z * stride[0] - padding[0], kernel[0], dilation[0],
            y * stride[1] - padding[1], kernel[1], dilation[1],
            x * stride[2] - padding[2], kernel[2], dilation[2]});
    }

    /** {@code F.adaptive_max_pool2d}: window i along an axis of size n covers [⌊i·n/out⌋, ⌈(i+1)·n/out⌉). */
    public static ValuesIndices adaptiveMaxPool2d(Tensor input, int oh, int ow) {
        // Unbatched input is pooled as it is (no squeeze node, as ATen does).
        if (input.dim() != 3 && input.dim() != 4) {
            throw TorchException.runtime("adaptive_max_pool2d(): Expected 3D or 4D tensor, but got: " + Convolution.shapeText(input.shape()));
        }
        int h = (int) input.size(input.dim() - 2);
        int w = (int) input.size(input.dim() - 1);
        return maxOverWindows(input, 2, new int[] {1, oh, ow}, "adaptive_max_pool2d", "AdaptiveMaxPool2DBackward0", (z, y, x) -> {
            int hs = Math.floorDiv(y * h, oh);
            int ws = Math.floorDiv(x * w, ow);
            return new int[] {0, 1, 1, hs, -Math.floorDiv(-(y + 1) * h, oh) - hs, 1, ws, -Math.floorDiv(-(x + 1) * w, ow) - ws, 1};
        });
    }

    /** (depth, height, width) of input pooled over its last {@code spatial} dimensions, depth 1 when 2. */
    private static int[] volume(Tensor input, int spatial) {
        int d = input.dim();
        return new int[] {spatial == 3 ? (int) input.size(d - 3) : 1, (int) input.size(d - 2), (int) input.size(d - 1)};
    }

    /** "x4x5" for the last {@code spatial} sizes, as ATen writes them after the channels. */
    private static String sizesText(int[] sizes, int spatial) {
        StringBuilder s = new StringBuilder();
        for (int a = 3 - spatial; a < 3; a++) {
            s.append('x').append(sizes[a]);
        }
        return s.toString();
    }

    /**
     * The in-volume positions of a window (per axis its first position, count and step), those
     * inside a (d, h, w) volume, in (depth, height, width) order.
     */
    private static int[] members(int[] win, int d, int h, int w) {
        int[] inside = new int[win[1] * win[4] * win[7]];
        int n = 0;
        for (int a = 0; a < win[1]; a++) {
            int iz = win[0] + a * win[2];
            for (int i = 0; i < win[4] && iz >= 0 && iz < d; i++) {
                int iy = win[3] + i * win[5];
                for (int j = 0; j < win[7] && iy >= 0 && iy < h; j++) {
                    int ix = win[6] + j * win[8];
                    if (ix >= 0 && ix < w) {
                        inside[n++] = (iz * h + iy) * w + ix;
                    }
                }
            }
        }
        return java.util.Arrays.copyOf(inside, n);
    }

    /** The windows' maxima over the last {@code spatial} dimensions of input, every leading index a separate plane. */
    private static ValuesIndices maxOverWindows(Tensor input, int spatial, int[] out, String function, String gradFn, Windows windows) {
        int[] in = volume(input, spatial);
        int d = in[0];
        int h = in[1];
        int w = in[2];
        int inVolume = d * h * w;
        int outVolume = out[0] * out[1] * out[2];
        int planes = inVolume == 0 ? 0 : (int) (input.numel() / inVolume);
        int[][] members = new int[outVolume][];
        for (int z = 0, k = 0; z < out[0]; z++) {
            for (int y = 0; y < out[1]; y++) {
                for (int x = 0; x < out[2]; x++, k++) {
                    members[k] = members(windows.of(z, y, x), d, h, w);
                }
            }
        }
        long[] shape = input.shape().clone();
        for (int a = 0; a < spatial; a++) {
            shape[input.dim() - spatial + a] = out[3 - spatial + a];
        }
        if (!input.device().isCpu()) {
            return DevicePooling.max(input, new DevicePooling.Windows(planes, inVolume, members, function + " "
                    + java.util.Arrays.toString(input.shape()) + " " + java.util.Arrays.deepToString(members)), shape, gradFn, function);
        }
        double[] values = TensorValues.read(input);
        double[] maxima = new double[planes * outVolume];
        double[] where = new double[maxima.length];
        for (int plane = 0; plane < planes; plane++) {
            for (int k = 0; k < outVolume; k++) {
                double best = Double.NEGATIVE_INFINITY;
                int bestAt = -1;
                for (int at : members[k]) {
                    double v = values[plane * inVolume + at];
                    if (bestAt < 0 || v > best || Double.isNaN(v) && !Double.isNaN(best)) {
                        best = v;
                        bestAt = at;
                    }
                }
                maxima[plane * outVolume + k] = best;
                where[plane * outVolume + k] = bestAt;
            }
        }
        Tensor indices = TensorValues.create(where, shape, DType.INT64);
        Tensor result = TensorValues.create(maxima, shape, input.dtype());
        long[] inputShape = input.shape();
        Graph.record(result, gradFn, new Tensor[] {input, indices}, g -> {
            CreateGraphGuard.refuse(function);
            double[] go = TensorValues.read(g);
            double[] gi = new double[values.length];
            for (int k = 0; k < go.length; k++) {
                if (where[k] >= 0) {
                    gi[(k / outVolume) * inVolume + (int) where[k]] += go[k];
                }
            }
            return new Tensor[] {TensorValues.create(gi, inputShape, input.dtype())};
        }, input);
        return new ValuesIndices(result, indices);
    }
}
