package dev.torchlet.engine.nn;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Float32;
import dev.torchlet.engine.Float64;
import dev.torchlet.engine.PlannedGathers;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.autograd.Graph;

/**
 * {@code upsample_nearest1d/2d} and {@code upsample_bilinear2d} (what {@code F.interpolate} calls):
 * both are separable, so each output position along each spatial dimension reads one or two input
 * positions with weights, computed with ATen's scales and double source positions. The rounding
 * follows PyTorch 1.13's two CPU kernels (measured against it): a channels-last-contiguous input
 * (one channel, for instance) gives the sum of its inputs times the products of their weights,
 * rounded once; any other interpolates rows, then columns, each step one fused multiply-add. The
 * backward adds each output gradient times the weight product into the positions it read, in ATen's
 * order, one fused multiply-add per step.
 */
public final class Upsampling {
    private Upsampling() {
    }

    /** Along one spatial dimension: for each output position, its input positions and their weights. */
    private record Taps(int[][] positions, double[][] weights) {
    }

    /** nearest for (N, C, L) or (N, C, H, W); {@code outputSize} null takes floor(size × scale). */
    public static Tensor nearest(Tensor input, long[] outputSize, double[] scales) {
        return nearest(input, outputSize, scales, false);
    }

    /** nearest-exact: the input position nearest to each output's centre (rounding, not flooring). */
    public static Tensor nearestExact(Tensor input, long[] outputSize, double[] scales) {
        return nearest(input, outputSize, scales, true);
    }

    private static Tensor nearest(Tensor input, long[] outputSize, double[] scales, boolean exact) {
        int spatial = input.dim() - 2;
        if (spatial != 1 && spatial != 2) {
            throw TorchException.notImplemented("upsample_nearest on " + input.dim() + "-D input");
        }
        requireType(input, "nearest", input.dtype() == DType.UINT8);
        long[] out = outputSizes(input, outputSize, scales, spatial);
        Taps[] taps = new Taps[spatial];
        for (int d = 0; d < spatial; d++) {
            taps[d] = nearestTaps(input.size(2 + d), out[d], scales == null ? null : scales[d], exact);
        }
        String gradFn = exact ? (spatial == 1 ? "UpsampleNearestExact1DBackward1" : "UpsampleNearestExact2DBackward1")
                : (spatial == 1 ? "UpsampleNearest1DBackward1" : "UpsampleNearest2DBackward1");
        return interpolate(input, out, taps, gradFn);
    }

    /** linear for (N, C, L), with or without aligned corners. */
    public static Tensor linear(Tensor input, long[] outputSize, boolean alignCorners, double[] scales) {
        if (input.dim() != 3) {
            throw TorchException.notImplemented("upsample_linear1d on " + input.dim() + "-D input");
        }
        requireType(input, "linear", false);
        long[] out = outputSizes(input, outputSize, scales, 1);
        Taps taps = linearTaps(input.size(2), out[0], alignCorners, scales == null ? null : scales[0], input.dtype() == DType.FLOAT32);
        return interpolate(input, out, new Taps[] {taps}, "UpsampleLinear1DBackward1");
    }

    /** bilinear for (N, C, H, W), with or without aligned corners. */
    public static Tensor bilinear(Tensor input, long[] outputSize, boolean alignCorners, double[] scales) {
        if (input.dim() != 4) {
            throw TorchException.notImplemented("upsample_bilinear2d on " + input.dim() + "-D input");
        }
        requireType(input, "linear", false);
        long[] out = outputSizes(input, outputSize, scales, 2);
        Taps[] taps = new Taps[2];
        for (int d = 0; d < 2; d++) {
            taps[d] = linearTaps(input.size(2 + d), out[d], alignCorners, scales == null ? null : scales[d],
                    input.dtype() == DType.FLOAT32);
        }
        return interpolate(input, out, taps, "UpsampleBilinear2DBackward1");
    }

    /** Floating types (and uint8 for nearest), with the message of the ATen kernel that would refuse the others. */
    private static void requireType(Tensor input, String mode, boolean alsoAllowed) {
        if (input.dtype().isFloatingPoint() || alsoAllowed) {
            return;
        }
        String kernel = input.dim() == 4 && channelsLastContiguous(input)
                ? "upsample_" + (mode.equals("linear") ? "bilinear" : "nearest") + "2d_channels_last"
                : "compute_indices_weights_" + mode;
        throw TorchException.runtime("\"" + kernel + "\" not implemented for '" + ShapeOps.typeName(input.dtype()) + "'");
    }

    private static long[] outputSizes(Tensor input, long[] outputSize, double[] scales, int spatial) {
        long[] out = new long[spatial];
        boolean empty = false;
        for (int d = 0; d < spatial; d++) {
            long size = input.size(2 + d);
            out[d] = outputSize != null ? outputSize[d] : (long) (size * scales[d]);
            empty |= size <= 0 || out[d] <= 0;
        }
        if (empty) {
            throw TorchException.runtime("Input and output sizes should be greater than 0, but got input (" + sizesText(input)
                    + ") output (" + sizesText(out) + ")");
        }
        return out;
    }

    private static String sizesText(Tensor input) {
        long[] spatial = new long[input.dim() - 2];
        for (int d = 0; d < spatial.length; d++) {
            spatial[d] = input.size(2 + d);
        }
        return sizesText(spatial);
    }

    private static String sizesText(long[] sizes) {
        String[] names = sizes.length == 1 ? new String[] {"W"} : new String[] {"H", "W"};
        StringBuilder text = new StringBuilder();
        for (int d = 0; d < sizes.length; d++) {
            text.append(d == 0 ? "" : ", ").append(names[d]).append(": ").append(sizes[d]);
        }
        return text.toString();
    }

    /** ATen's compute_scales_value: 1/scale when one was given, else in/out, as a float. */
    private static double floatScale(Double scale, long in, long out) {
        return scale != null && scale > 0 ? Float32.round(1.0 / scale) : Float32.round((double) in / out);
    }

    /** ATen's nearest_idx (floor of o·scale, with shortcuts for the same and twice the size) or nearest_exact_idx. */
    private static Taps nearestTaps(long in, long out, Double scale, boolean exact) {
        int[][] positions = new int[(int) out][];
        double[][] weights = new double[(int) out][];
        double s = floatScale(scale, in, out);
        for (int o = 0; o < out; o++) {
            long source;
            if (exact) {
                source = Math.min((long) Math.floor(Float32.round((o + 0.5) * s)), in - 1);
            } else if (out == in) {
                source = o;
            } else if (out == 2 * in) {
                source = o >> 1;
            } else {
                source = Math.min((long) Math.floor(Float32.round(o * s)), in - 1);
            }
            positions[o] = new int[] {(int) source};
            weights[o] = new double[] {1};
        }
        return new Taps(positions, weights);
    }

    /**
     * Two neighbours and their weights in the input's dtype (float32 or float64); the source position itself
     * is computed in double (ATen's acc_type) from a scale in the dtype.
     */
    private static Taps linearTaps(long in, long out, boolean alignCorners, Double scale, boolean float32) {
        int[][] positions = new int[(int) out][];
        double[][] weights = new double[(int) out][];
        double s = alignCorners ? (out > 1 ? (double) (in - 1) / (out - 1) : 0)
                : scale != null && scale > 0 ? 1.0 / scale : (double) in / out;
        s = float32 ? Float32.round(s) : s;
        for (int o = 0; o < out; o++) {
            if (out == in) {
                positions[o] = new int[] {o, o};
                weights[o] = new double[] {1, 0};
                continue;
            }
            // scale·(o + ½) − ½ as one fused multiply-add, as ATen's compiled code computes it (it shows in float64).
            double real = alignCorners ? s * o : Math.max(Float64.fma(s, o + 0.5, -0.5), 0);
            long first = (long) real;
            long second = first + (first < in - 1 ? 1 : 0);
            double lambda1 = float32 ? Float32.round(real - first) : real - first;
            double lambda0 = float32 ? Float32.round(1.0 - lambda1) : 1.0 - lambda1;
            positions[o] = new int[] {(int) first, (int) second};
            weights[o] = new double[] {lambda0, lambda1};
        }
        return new Taps(positions, weights);
    }

    /**
     * What the CPU loop and the device plan share: the row and column taps (a 1-D input is a plane
     * of height 1, read by one row tap of weight 1), and the (N·C) planes of h × w inputs.
     */
    private record Planes(Taps rows, Taps columns, int planes, int h, int w) {
        static Planes of(Tensor input, long[] out, Taps[] taps) {
            boolean oneD = out.length == 1;
            return new Planes(oneD ? new Taps(new int[][] {{0}}, new double[][] {{1}}) : taps[0], taps[out.length - 1],
                    (int) (input.size(0) * input.size(1)), oneD ? 1 : (int) input.size(2), (int) input.size(input.dim() - 1));
        }

        /** The input's shape with the spatial sizes {@code out}. */
        long[] outputShape(Tensor input, long[] out) {
            long[] shape = input.shape();
            for (int d = 0; d < out.length; d++) {
                shape[2 + d] = out[d];
            }
            return shape;
        }
    }

    /** The shared loop over planes: a 1-D input is a plane of height 1. */
    private static Tensor interpolate(Tensor input, long[] out, Taps[] taps, String gradFn) {
        if (!input.device().isCpu()) {
            return interpolateOnDevice(input, out, taps, gradFn);
        }
        Planes grid = Planes.of(input, out, taps);
        boolean oneD = out.length == 1;
        Taps rows = grid.rows();
        Taps columns = grid.columns();
        int planes = grid.planes();
        int h = grid.h();
        int w = grid.w();
        int oh = rows.positions().length;
        int ow = columns.positions().length;
        boolean float32 = input.dtype() == DType.FLOAT32;
        boolean channelsLast = !oneD && channelsLastContiguous(input);
        double[] in = TensorValues.read(input);
        double[] result = new double[planes * oh * ow];
        for (int plane = 0; plane < planes; plane++) {
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    int[] across = columns.positions()[x];
                    double value = 0;
                    double[] alongRow = new double[across.length];
                    double[] partial = new double[rows.positions()[y].length];
                    for (int i = 0; i < partial.length; i++) {
                        int base = (plane * h + rows.positions()[y][i]) * w;
                        for (int j = 0; j < across.length; j++) {
                            alongRow[j] = in[base + across[j]];
                            value += weight(rows, y, i, columns, x, j, float32) * alongRow[j];
                        }
                        partial[i] = weighted(alongRow, columns.weights()[x], float32);
                    }
                    result[(plane * oh + y) * ow + x] = channelsLast ? value : weighted(partial, rows.weights()[y], float32);
                }
            }
        }
        long[] shape = grid.outputShape(input, out);
        long[] inputShape = input.shape();
        Tensor output = TensorValues.create(result, shape, input.dtype());
        return Graph.record(output, gradFn, g -> {
            CreateGraphGuard.refuse("upsampling");
            double[] go = TensorValues.read(g);
            double[] gi = new double[in.length];
            for (int plane = 0; plane < planes; plane++) {
                for (int y = 0; y < oh; y++) {
                    for (int x = 0; x < ow; x++) {
                        double grad = go[(plane * oh + y) * ow + x];
                        for (int i = 0; i < rows.positions()[y].length; i++) {
                            int base = (plane * h + rows.positions()[y][i]) * w;
                            for (int j = 0; j < columns.positions()[x].length; j++) {
                                int at = base + columns.positions()[x][j];
                                double weight = weight(rows, y, i, columns, x, j, float32);
                                gi[at] = float32 ? Float32.fma(weight, grad, gi[at]) : Float64.fma(weight, grad, gi[at]);
                            }
                        }
                    }
                }
            }
            return new Tensor[] {TensorValues.create(gi, inputShape, input.dtype())};
        }, input);
    }

    /**
     * On an accelerator: the input positions every output reads (one per row and column tap) and
     * their weights are planned here and uploaded, in the CPU loop's order; the output is the
     * gathered inputs times their weights summed over the taps (take, mul, sum kernels), the
     * backward the matching weighted scatter-add of the gradient. The rounding is the kernels'
     * (within float32 ulps of the CPU's fused multiply-adds).
     */
    private static Tensor interpolateOnDevice(Tensor input, long[] out, Taps[] taps, String gradFn) {
        Planes grid = Planes.of(input, out, taps);
        boolean oneD = out.length == 1;
        Taps rows = grid.rows();
        Taps columns = grid.columns();
        int planes = grid.planes();
        int h = grid.h();
        int w = grid.w();
        int oh = rows.positions().length;
        int ow = columns.positions().length;
        int rowTaps = rows.positions()[0].length;
        int columnTaps = columns.positions()[0].length;
        int perOutput = rowTaps * columnTaps;
        boolean float32 = input.dtype() == DType.FLOAT32;
        long[] sources = new long[planes * oh * ow * perOutput];
        double[] weights = new double[oh * ow * perOutput];
        for (int plane = 0, k = 0; plane < planes; plane++) {
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    for (int i = 0; i < rowTaps; i++) {
                        for (int j = 0; j < columnTaps; j++, k++) {
                            sources[k] = (long) (plane * h + rows.positions()[y][i]) * w + columns.positions()[x][j];
                            weights[k % weights.length] = weight(rows, y, i, columns, x, j, float32);
                        }
                    }
                }
            }
        }
        long[] shape = grid.outputShape(input, out);
        long[] inputShape = input.shape();
        long[] tapsShape = java.util.Arrays.copyOf(shape, shape.length + 1);
        tapsShape[shape.length] = perOutput;
        long[] weightShape = oneD ? new long[] {ow, perOutput} : new long[] {oh, ow, perOutput};
        Tensor tapWeights = perOutput == 1 ? null : TensorValues.create(weights, weightShape, input.dtype()).to(input.device());
        // nearest reads one input with weight 1: a plain gather (which keeps uint8 images uint8).
        boolean nearest = perOutput == 1;
        Tensor output = nearest ? PlannedGathers.take(input, sources, shape)
                : PlannedGathers.take(input, sources, tapsShape).mul(tapWeights).sum(-1, false);
        return Graph.record(output, gradFn, g -> {
            CreateGraphGuard.refuse("upsampling");
            Tensor grad = Torch.full(inputShape, Scalar.of(0L), g.dtype(), g.device());
            PlannedGathers.addAt(grad, sources, nearest ? g.detach().contiguous()
                    : ShapeOps.unsqueeze(g.detach(), -1).mul(tapWeights).contiguous());
            return new Tensor[] {grad};
        }, input);
    }

    /** The weight of one input position for one output: the product of its row and column weights, in the dtype. */
    private static double weight(Taps rows, int y, int i, Taps columns, int x, int j, boolean float32) {
        double product = rows.weights()[y][i] * columns.weights()[x][j];
        return float32 ? Float32.round(product) : product;
    }

    /** One or two values times their weights: v₀·w₀ + v₁·w₁ as fma(v₀, w₀, v₁·w₁), how ATen's compiled loop rounds it. */
    private static double weighted(double[] values, double[] weights, boolean float32) {
        double last = values[values.length - 1] * weights[values.length - 1];
        if (values.length == 1) {
            return float32 ? Float32.round(last) : last;
        }
        return float32 ? Float32.fma(values[0], weights[0], Float32.round(last)) : Float64.fma(values[0], weights[0], last);
    }

    /** PyTorch's is_contiguous(memory_format=channels_last) for 4-D tensors: strides of order (C, W, H, N), size-1 dims skipped. */
    private static boolean channelsLastContiguous(Tensor t) {
        long[] shape = t.shape();
        long[] strides = t.stride();
        long expected = 1;
        for (int d : new int[] {1, 3, 2, 0}) {
            if (shape[d] != 1) {
                if (strides[d] != expected) {
                    return false;
                }
                expected *= shape[d];
            }
        }
        return true;
    }
}
