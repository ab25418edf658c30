package dev.torchlet.engine.nn;

import dev.torchlet.engine.TensorValues;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.autograd.Graph;

/**
 * {@code F.conv2d}: direct loops over (N, C, H, W) input and (O, C/groups, kH, kW) weight with
 * stride, zero padding, dilation and groups, each output accumulated in double and rounded once;
 * the backward (ConvolutionBackward0) runs the same loops for input, weight and bias gradients.
 */
public final class Convolution {
    private Convolution() {
    }

    /** The geometry of one convolution, shared by the forward and backward loops. */
    private record Geometry(int n, int c, int h, int w, int o, int groups, int kh, int kw, int sh, int sw, int ph, int pw,
                            int dh, int dw, int oh, int ow) {
        int cg() {
            return c / groups;
        }

        int og() {
            return o / groups;
        }

        /**
         * The products of the convolution, per (batch, output channel) plane: for each input
         * channel and kernel position, one pass over the output rows and columns it reaches. Each
         * output element still sums its products in (input channel, kernel row, kernel column)
         * order, and so does each weight gradient over (batch, row, column); the innermost loop
         * runs along a row, which is what makes convolutions fast enough to train a CNN.
         * forward accumulates {@code out += in * w}; backward {@code gradIn += gradOut * w} and
         * {@code gradW += gradOut * in}.
         */
        void run(Step step, double[] in, double[] wt, double[] out, double[] gi, double[] gw) {
            int cg = cg();
            int og = og();
            int plane = oh * ow;
            for (int b = 0; b < n; b++) {
                for (int oc = 0; oc < o; oc++) {
                    int group = oc / og;
                    int outPlane = (b * o + oc) * plane;
                    for (int ci = 0; ci < cg; ci++) {
                        int inPlane = (b * c + group * cg + ci) * h;
                        int wPlane = (oc * cg + ci) * kh;
                        for (int i = 0; i < kh; i++) {
                            for (int j = 0; j < kw; j++) {
                                int wIndex = (wPlane + i) * kw + j;
                                double weight = wt[wIndex];
                                // Output columns x whose input column x*sw - pw + j*dw lies inside the row.
                                int shift = j * dw - pw;
                                int xFrom = shift >= 0 ? 0 : (-shift + sw - 1) / sw;
                                int xTo = Math.min(ow, (w - 1 - shift) / sw + 1);
                                double weightGrad = 0;
                                for (int y = 0; y < oh; y++) {
                                    int iy = y * sh - ph + i * dh;
                                    if (iy < 0 || iy >= h) {
                                        continue;
                                    }
                                    int inRow = (inPlane + iy) * w + shift;
                                    int outRow = outPlane + y * ow;
                                    if (step == Step.FORWARD) {
                                        for (int x = xFrom; x < xTo; x++) {
                                            out[outRow + x] += in[inRow + x * sw] * weight;
                                        }
                                    } else {
                                        for (int x = xFrom; x < xTo; x++) {
                                            double g = out[outRow + x];
                                            gi[inRow + x * sw] += g * weight;
                                            weightGrad += g * in[inRow + x * sw];
                                        }
                                    }
                                }
                                if (step == Step.BACKWARD) {
                                    gw[wIndex] += weightGrad;
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private enum Step {
        FORWARD, BACKWARD
    }

    public static Tensor conv2d(Tensor input, Tensor weight, Tensor bias, int[] stride, int[] padding, int[] dilation, int groups) {
        if (input.dim() == 3) {
            return ShapeOps.squeeze(conv2d(ShapeOps.unsqueeze(input, 0), weight, bias, stride, padding, dilation, groups), 0);
        }
        checkShapes("conv2d", input, weight, groups, 2);
        int h = (int) input.size(2);
        int w = (int) input.size(3);
        int kh = (int) weight.size(2);
        int kw = (int) weight.size(3);
        int oh = (h + 2 * padding[0] - dilation[0] * (kh - 1) - 1) / stride[0] + 1;
        int ow = (w + 2 * padding[1] - dilation[1] * (kw - 1) - 1) / stride[1] + 1;
        if (oh <= 0 || ow <= 0) {
            throw TorchException.runtime("Calculated padded input size per channel: (" + (h + 2 * padding[0]) + " x "
                    + (w + 2 * padding[1]) + "). Kernel size: (" + ((kh - 1) * dilation[0] + 1) + " x " + ((kw - 1) * dilation[1] + 1)
                    + "). Kernel size can't be greater than actual input size");
        }
        Geometry g = new Geometry((int) input.size(0), (int) input.size(1), h, w, (int) weight.size(0), groups, kh, kw,
                stride[0], stride[1], padding[0], padding[1], dilation[0], dilation[1], oh, ow);
        return convolve("conv2d", input, weight, bias, g, new long[] {g.n(), g.o(), oh, ow});
    }

    /**
     * {@code F.conv1d}: ATen runs a 1-D convolution as the 2-D one on a height-1 view of input and
     * weight, inside the same ConvolutionBackward0 node.
     */
    public static Tensor conv1d(Tensor input, Tensor weight, Tensor bias, int stride, int padding, int dilation, int groups) {
        if (input.dim() == 2) {
            return ShapeOps.squeeze(conv1d(ShapeOps.unsqueeze(input, 0), weight, bias, stride, padding, dilation, groups), 0);
        }
        checkShapes("conv1d", input, weight, groups, 1);
        int length = (int) input.size(2);
        int k = (int) weight.size(2);
        int ol = (length + 2 * padding - dilation * (k - 1) - 1) / stride + 1;
        if (ol <= 0) {
            throw TorchException.runtime("Calculated padded input size per channel: (" + (length + 2 * padding) + "). Kernel size: ("
                    + ((k - 1) * dilation + 1) + "). Kernel size can't be greater than actual input size");
        }
        Geometry g = new Geometry((int) input.size(0), (int) input.size(1), 1, length, (int) weight.size(0), groups, 1, k,
                1, stride, 0, padding, 1, dilation, 1, ol);
        return convolve("conv1d", input, weight, bias, g, new long[] {g.n(), g.o(), ol});
    }

    /** The direct loops shared by both: each output accumulated in double; gradients keep input's and weight's own shapes. */
    private static Tensor convolve(String function, Tensor input, Tensor weight, Tensor bias, Geometry g, long[] outShape) {
        int oh = g.oh();
        int ow = g.ow();
        double[] in = TensorValues.read(input);
        double[] wt = TensorValues.read(weight);
        double[] out = new double[g.n() * g.o() * oh * ow];
        if (bias != null) {
            double[] b = TensorValues.read(bias);
            for (int i = 0; i < out.length; i++) {
                out[i] = b[(i / (oh * ow)) % g.o()];
            }
        }
        g.run(Step.FORWARD, in, wt, out, null, null);
        Tensor result = TensorValues.create(out, outShape, input.dtype());
        return Graph.record(result, "ConvolutionBackward0", new Tensor[] {input, weight}, grad -> {
            CreateGraphGuard.refuse(function);
            double[] go = TensorValues.read(grad);
            double[] gi = new double[in.length];
            double[] gw = new double[wt.length];
            g.run(Step.BACKWARD, in, wt, go, gi, gw);
            Tensor gradBias = null;
            if (bias != null) {
                double[] gb = new double[g.o()];
                for (int i = 0; i < go.length; i++) {
                    gb[(i / (oh * ow)) % g.o()] += go[i];
                }
                gradBias = TensorValues.create(gb, bias.shape(), bias.dtype());
            }
            return new Tensor[] {TensorValues.create(gi, input.shape(), input.dtype()),
                TensorValues.create(gw, weight.shape(), weight.dtype()), gradBias};
        }, input, weight, bias);
    }

    /** PyTorch's checks of a batched input and its weight for a convolution over {@code spatial} dimensions. */
    private static void checkShapes(String function, Tensor input, Tensor weight, int groups, int spatial) {
        if (input.dim() != spatial + 2) {
            throw TorchException.runtime("Expected " + (spatial + 1) + "D (unbatched) or " + (spatial + 2) + "D (batched) input to "
                    + function + ", but got input of size: " + shapeText(input.shape()));
        }
        if (weight.dim() != spatial + 2) {
            throw TorchException.runtime("weight should have " + (spatial + 2) + " dimensions for " + function + ", got " + weight.dim());
        }
        if (input.size(1) != weight.size(1) * groups) {
            throw TorchException.runtime("Given groups=" + groups + ", weight of size " + shapeText(weight.shape()) + ", expected input"
                    + shapeText(input.shape()) + " to have " + weight.size(1) * groups + " channels, but got " + input.size(1)
                    + " channels instead");
        }
        if (weight.size(0) % groups != 0) {
            throw TorchException.runtime("Given groups=" + groups + ", expected weight to be divisible by " + groups
                    + " at dimension 0, but got weight of size " + shapeText(weight.shape()) + " instead");
        }
    }

    static String shapeText(long[] shape) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            s.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return s.append(']').toString();
    }
}
