package dev.torchlet.engine.nn;

import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.autograd.Graph;

/**
 * {@code F.conv1d/conv2d/conv3d} and {@code F.conv_transpose1d/2d/3d}: direct loops
 * ({@link ConvolutionGeometry}) with stride, zero padding, dilation and groups, each output
 * accumulated in double and rounded once; the backward (ConvolutionBackward0, one node as ATen
 * records) runs the same loops for input, weight and bias gradients. ATen runs 1-D and 2-D
 * convolutions as the 3-D one on size-1 leading dimensions, and so does this class.
 */
public final class Convolution {
    private Convolution() {
    }

    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation, int groups) {
        return convolution("conv1d", input, weight, bias, new int[] {stride}, new int[] {padding}, new int[] {dilation}, groups);
    }

    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation, int groups) {
        return convolution("conv2d", input, weight, bias, stride, padding, dilation, groups);
    }

    public static Tensor conv3d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation, int groups) {
        return convolution("conv3d", input, weight, bias, stride, padding, dilation, groups);
    }

    /**
     * A convolution over {@code stride.length} spatial dimensions of (N, C, …) or unbatched (C, …)
     * input; {@code function} names it in error messages.
     */
    public static Tensor convolution(String function, Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding,
                                     int[] dilation, int groups) {
        int spatial = stride.length;
        if (input.dim() == spatial + 1) {
            return ShapeOps.squeeze(convolution(function, ShapeOps.unsqueeze(input, 0), weight, bias, stride, padding, dilation,
                    groups), 0);
        }
        checkShapes(function, input, weight, bias, groups, spatial, false);
        int[] in = spatialSizes(input, spatial);
        int[] kernel = spatialSizes(weight, spatial);
        int[] padded = new int[spatial];
        int[] reach = new int[spatial];
        int[] out = new int[spatial];
        boolean tooSmall = false;
        for (int d = 0; d < spatial; d++) {
            padded[d] = in[d] + 2 * padding[d];
            reach[d] = (kernel[d] - 1) * dilation[d] + 1;
            tooSmall |= padded[d] < reach[d];
            out[d] = (padded[d] - reach[d]) / stride[d] + 1;
        }
        if (tooSmall) {
            throw TorchException.runtime("Calculated padded input size per channel: (" + sizesText(padded) + "). Kernel size: ("
                    + sizesText(reach) + "). Kernel size can't be greater than actual input size");
        }
        ConvolutionGeometry g = new ConvolutionGeometry((int) input.size(0), (int) input.size(1), (int) weight.size(0), groups,
                ConvolutionGeometry.threeD(in, 1), ConvolutionGeometry.threeD(kernel, 1), ConvolutionGeometry.threeD(stride, 1),
                ConvolutionGeometry.threeD(padding, 0), ConvolutionGeometry.threeD(dilation, 1), ConvolutionGeometry.threeD(out, 1));
        return convolve(function, input, weight, bias, g, false, batchedShape(g.n(), g.o(), out));
    }

    /**
     * {@code F.conv_transpose1d/2d/3d} with weight (C_in, C_out/groups, k…): the gradient of the
     * convolution that maps its output back onto its input, output_padding adding rows at the end.
     */
    public static Tensor convTranspose(String function, Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding,
                                       int[] outputPadding, int groups, int[] dilation) {
        int spatial = stride.length;
        if (input.dim() == spatial + 1) {
            return ShapeOps.squeeze(convTranspose(function, ShapeOps.unsqueeze(input, 0), weight, bias, stride, padding,
                    outputPadding, groups, dilation), 0);
        }
        checkShapes(function, input, weight, bias, groups, spatial, true);
        for (int d = 0; d < spatial; d++) {
            if (outputPadding[d] >= stride[d] && outputPadding[d] >= dilation[d]) {
                throw TorchException.runtime("output padding must be smaller than either stride or dilation, but got "
                        + perDimension("output_padding", as2d(outputPadding, 0)) + " " + perDimension("stride", as2d(stride, 1)) + " "
                        + perDimension("dilation", as2d(dilation, 1)));
            }
        }
        int[] in = spatialSizes(input, spatial);
        int[] kernel = spatialSizes(weight, spatial);
        int[] out = new int[spatial];
        boolean empty = false;
        for (int d = 0; d < spatial; d++) {
            out[d] = (in[d] - 1) * stride[d] - 2 * padding[d] + dilation[d] * (kernel[d] - 1) + outputPadding[d] + 1;
            empty |= out[d] <= 0;
        }
        if (empty) {
            throw TorchException.runtime("Given input size per channel: (" + sizesText(as2d(in, 1))
                    + "). Calculated output size per channel: (" + sizesText(as2d(out, 1)) + "). Output size is too small");
        }
        int outChannels = (int) weight.size(1) * groups;
        // The convolution this one transposes: from the (larger) output back to the input.
        ConvolutionGeometry g = new ConvolutionGeometry((int) input.size(0), outChannels, (int) input.size(1), groups,
                ConvolutionGeometry.threeD(out, 1), ConvolutionGeometry.threeD(kernel, 1), ConvolutionGeometry.threeD(stride, 1),
                ConvolutionGeometry.threeD(padding, 0), ConvolutionGeometry.threeD(dilation, 1), ConvolutionGeometry.threeD(in, 1));
        return convolve(function, input, weight, bias, g, true, batchedShape(g.n(), outChannels, out));
    }

    /**
     * The loops and the graph node shared by both directions; gradients keep input's and weight's
     * own shapes. Transposed, the input plays the geometry's output and the result its input.
     */
    private static Tensor convolve(String function, Tensor input, Tensor weight, Tensor bias, ConvolutionGeometry g,
                                   boolean transposed, long[] outShape) {
        if (!input.device().isCpu() || !weight.device().isCpu() || bias != null && !bias.device().isCpu()) {
            return convolveOnDevice(function, input, weight, bias, g, transposed, outShape);
        }
        double[] in = TensorValues.read(input);
        double[] wt = TensorValues.read(weight);
        int channels = transposed ? g.c() : g.o();
        int plane = transposed ? g.inVolume() : g.outVolume();
        double[] out = new double[g.n() * channels * plane];
        if (bias != null) {
            double[] b = TensorValues.read(bias);
            for (int i = 0; i < out.length; i++) {
                out[i] = b[(i / plane) % channels];
            }
        }
        if (transposed) {
            g.run(false, null, wt, in, out, null);
        } else {
            g.run(true, in, wt, out, null, null);
        }
        Tensor result = TensorValues.create(out, outShape, input.dtype());
        return Graph.record(result, "ConvolutionBackward0", new Tensor[] {input, weight}, grad -> {
            CreateGraphGuard.refuse(function);
            double[] go = TensorValues.read(grad);
            double[] gi = new double[in.length];
            double[] gw = new double[wt.length];
            if (transposed) {
                g.run(true, go, wt, gi, null, null);
                g.run(false, go, wt, in, null, gw);
            } else {
                g.run(false, in, wt, go, gi, gw);
            }
            Tensor gradBias = null;
            if (bias != null) {
                double[] gb = new double[channels];
                for (int i = 0; i < go.length; i++) {
                    gb[(i / plane) % channels] += go[i];
                }
                gradBias = TensorValues.create(gb, bias.shape(), bias.dtype());
            }
            return new Tensor[] {TensorValues.create(gi, input.shape(), input.dtype()),
                TensorValues.create(gw, weight.shape(), weight.dtype()), gradBias};
        }, input, weight, bias);
    }

    /**
     * The same op on an accelerator ({@link DeviceConvolution}): the same node, its gradients
     * computed there too; the bias gradient is the output gradient summed over all but the channels.
     */
    private static Tensor convolveOnDevice(String function, Tensor input, Tensor weight, Tensor bias, ConvolutionGeometry g,
                                           boolean transposed, long[] outShape) {
        if (!input.device().equals(weight.device())) {
            throw TorchException.runtime("Input type (" + typeName(input) + ") and weight type (" + typeName(weight)
                    + ") should be the same" + (input.device().isCpu() ? " or input should be a MKLDNN tensor and weight is a dense tensor" : ""));
        }
        if (bias != null && !bias.device().equals(weight.device())) {
            throw TorchException.runtime("Input type (" + typeName(input) + ") and bias type (" + typeName(bias) + ") should be the same");
        }
        long[] channelShape = new long[outShape.length];
        java.util.Arrays.fill(channelShape, 1);
        channelShape[1] = outShape[1];
        Tensor result = Untracked.compute(() -> {
            Tensor out = (transposed ? DeviceConvolution.transposedForward(input, weight, g)
                    : DeviceConvolution.forward(input, weight, g)).reshape(outShape);
            return bias == null ? out : out.add(bias.view(channelShape));
        });
        return Graph.record(result, "ConvolutionBackward0", new Tensor[] {input, weight}, grad -> {
            CreateGraphGuard.refuse(function);
            Tensor[] gradients = transposed ? DeviceConvolution.transposedBackward(grad, input, weight, g)
                    : DeviceConvolution.backward(grad, input, weight, g);
            int[] notChannels = new int[outShape.length - 1];
            for (int d = 0, i = 0; d < outShape.length; d++) {
                if (d != 1) {
                    notChannels[i++] = d;
                }
            }
            return new Tensor[] {gradients[0].reshape(input.shape()), gradients[1],
                bias == null ? null : grad.sum(notChannels, false)};
        }, input, weight, bias);
    }

    /** PyTorch's legacy type name of a float tensor, with its device ({@code torch.cuda.FloatTensor}). */
    private static String typeName(Tensor t) {
        String type = t.dtype() == dev.torchlet.engine.DType.FLOAT64 ? "DoubleTensor" : "FloatTensor";
        return t.device().isCpu() ? "torch." + type : "torch." + t.device().type() + "." + type;
    }

    /** PyTorch's checks of a batched input, its weight and bias for a convolution over {@code spatial} dimensions. */
    private static void checkShapes(String function, Tensor input, Tensor weight, Tensor bias, int groups, int spatial,
                                    boolean transposed) {
        if (input.dim() != spatial + 2) {
            throw TorchException.runtime("Expected " + (spatial + 1) + "D (unbatched) or " + (spatial + 2) + "D (batched) input to "
                    + function + ", but got input of size: " + shapeText(input.shape()));
        }
        if (weight.dim() != spatial + 2) {
            throw TorchException.runtime("weight should have " + (spatial + 2) + " dimensions for " + function + ", got " + weight.dim());
        }
        if (weight.size(0) < groups) {
            throw TorchException.runtime("Given groups=" + groups + ", expected weight to be at least " + groups
                    + " at dimension 0, but got weight of size " + shapeText(weight.shape()) + " instead");
        }
        if (weight.size(0) % groups != 0) {
            // ATen's message prints the size inside a second pair of brackets.
            throw TorchException.runtime("Given groups=" + groups + ", expected weight to be divisible by " + groups
                    + " at dimension 0, but got weight of size [" + shapeText(weight.shape()) + "] instead");
        }
        long channels = transposed ? weight.size(0) : weight.size(1) * groups;
        String given = transposed ? "Given transposed=1, weight of size " : "Given groups=" + groups + ", weight of size ";
        if (input.size(1) != channels) {
            throw TorchException.runtime(given + shapeText(weight.shape()) + ", expected input" + shapeText(input.shape()) + " to have "
                    + channels + " channels, but got " + input.size(1) + " channels instead");
        }
        long outChannels = transposed ? weight.size(1) * groups : weight.size(0);
        if (bias != null && (bias.dim() != 1 || bias.size(0) != outChannels)) {
            throw TorchException.runtime((transposed ? "Given transposed=1, weight of size " : "Given weight of size ")
                    + shapeText(weight.shape()) + ", expected bias to be 1-dimensional with " + outChannels
                    + " elements, but got bias of size " + shapeText(bias.shape()) + " instead");
        }
    }

    private static int[] spatialSizes(Tensor t, int spatial) {
        int[] sizes = new int[spatial];
        for (int d = 0; d < spatial; d++) {
            sizes[d] = (int) t.size(2 + d);
        }
        return sizes;
    }

    private static long[] batchedShape(int n, int channels, int[] spatial) {
        long[] shape = new long[2 + spatial.length];
        shape[0] = n;
        shape[1] = channels;
        for (int d = 0; d < spatial.length; d++) {
            shape[2 + d] = spatial[d];
        }
        return shape;
    }

    /** ATen runs a transposed 1-D convolution as a 2-D one and names its sizes so: {@code fill} first for the height. */
    private static int[] as2d(int[] sizes, int fill) {
        return sizes.length == 1 ? new int[] {fill, sizes[0]} : sizes;
    }

    /** "5 x 5" as ATen writes per-channel sizes. */
    private static String sizesText(int[] sizes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            s.append(i == 0 ? "" : " x ").append(sizes[i]);
        }
        return s.toString();
    }

    /** "stride_height: 1 stride_width: 1" (ATen names 3-D sizes depth, height, width). */
    private static String perDimension(String name, int[] values) {
        String[] names = values.length == 2 ? new String[] {"height", "width"} : new String[] {"depth", "height", "width"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            s.append(i == 0 ? "" : " ").append(name).append('_').append(names[i]).append(": ").append(values[i]);
        }
        return s.toString();
    }

    static String shapeText(long[] shape) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            s.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return s.append(']').toString();
    }
}
