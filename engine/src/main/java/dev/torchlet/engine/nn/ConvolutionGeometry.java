package dev.torchlet.engine.nn;

/**
 * The geometry of one convolution over (N, C, D, H, W) input and (O, C/groups, kD, kH, kW)
 * weight, and the direct loops every convolution shares: a 1-D or 2-D one is the 3-D one with
 * leading spatial sizes of 1, and a transposed one runs these loops with the roles of input and
 * output exchanged (its forward is this convolution's input gradient).
 * Spatial arrays hold (depth, height, width).
 */
record ConvolutionGeometry(int n, int c, int o, int groups, int[] in, int[] kernel, int[] stride, int[] padding, int[] dilation,
                           int[] out) {
    /** Sizes for {@code spatial} (1 to 3) trailing dimensions, completed to three with a leading size {@code fill}. */
    static int[] threeD(int[] sizes, int fill) {
        int[] full = {fill, fill, fill};
        System.arraycopy(sizes, 0, full, 3 - sizes.length, sizes.length);
        return full;
    }

    int inVolume() {
        return in[0] * in[1] * in[2];
    }

    int outVolume() {
        return out[0] * out[1] * out[2];
    }

    /**
     * The products of the convolution, per (batch, output channel) volume: for each input channel
     * and kernel position, one pass over the output rows it reaches (their range computed once, so
     * the row loops test nothing), the innermost loop running along a row (what makes convolutions
     * fast enough to train a CNN). Each output element sums
     * its products in (input channel, kernel position) order, each weight gradient over (batch,
     * output position); sums stay in double.
     * {@code forward}: {@code out += in * w}. Otherwise {@code gradIn += gradOut * w} where
     * {@code gi} is given and {@code gradW += gradOut * in} where {@code gw} is given, with the
     * output gradient passed as {@code out}.
     */
    void run(boolean forward, double[] input, double[] wt, double[] output, double[] gi, double[] gw) {
        int cg = c / groups;
        int og = o / groups;
        int d = in[0];
        int h = in[1];
        int w = in[2];
        int od = out[0];
        int oh = out[1];
        int ow = out[2];
        int kd = kernel[0];
        int kh = kernel[1];
        int kw = kernel[2];
        int sd = stride[0];
        int sh = stride[1];
        int sw = stride[2];
        int pd = padding[0];
        int ph = padding[1];
        int pw = padding[2];
        int dd = dilation[0];
        int dh = dilation[1];
        int dw = dilation[2];
        int inRowStep = sh * w;
        boolean both = gi != null && gw != null;
        for (int b = 0; b < n; b++) {
            for (int oc = 0; oc < o; oc++) {
                int group = oc / og;
                int outVolume = (b * o + oc) * od;
                for (int ci = 0; ci < cg; ci++) {
                    int inVolume = (b * c + group * cg + ci) * d;
                    int wVolume = (oc * cg + ci) * kd;
                    for (int a = 0; a < kd; a++) {
                        int shiftZ = a * dd - pd;
                        int zFrom = firstInside(shiftZ, sd);
                        int zTo = endInside(shiftZ, sd, d, od);
                        for (int i = 0; i < kh; i++) {
                            int shiftY = i * dh - ph;
                            int yFrom = firstInside(shiftY, sh);
                            int yTo = endInside(shiftY, sh, h, oh);
                            for (int j = 0; j < kw; j++) {
                                int wIndex = ((wVolume + a) * kh + i) * kw + j;
                                double weight = wt[wIndex];
                                int shift = j * dw - pw;
                                int xFrom = firstInside(shift, sw);
                                int xTo = endInside(shift, sw, w, ow);
                                double weightGrad = 0;
                                for (int z = zFrom; z < zTo; z++) {
                                    int inRow = ((inVolume + z * sd + shiftZ) * h + yFrom * sh + shiftY) * w + shift;
                                    int outRow = ((outVolume + z) * oh + yFrom) * ow;
                                    for (int y = yFrom; y < yTo; y++, inRow += inRowStep, outRow += ow) {
                                        if (forward) {
                                            for (int x = xFrom; x < xTo; x++) {
                                                output[outRow + x] += input[inRow + x * sw] * weight;
                                            }
                                        } else if (both) {
                                            for (int x = xFrom; x < xTo; x++) {
                                                double g = output[outRow + x];
                                                gi[inRow + x * sw] += g * weight;
                                                weightGrad += g * input[inRow + x * sw];
                                            }
                                        } else if (gw == null) {
                                            for (int x = xFrom; x < xTo; x++) {
                                                gi[inRow + x * sw] += output[outRow + x] * weight;
                                            }
                                        } else {
                                            for (int x = xFrom; x < xTo; x++) {
                                                weightGrad += output[outRow + x] * input[inRow + x * sw];
                                            }
                                        }
                                    }
                                }
                                if (gw != null) {
                                    gw[wIndex] += weightGrad;
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** The first output position whose input position {@code position·stride + shift} is not before the input. */
    private static int firstInside(int shift, int stride) {
        return shift >= 0 ? 0 : (-shift + stride - 1) / stride;
    }

    /** One past the last output position (below {@code outSize}) whose input position is inside {@code size}. */
    private static int endInside(int shift, int stride, int size, int outSize) {
        return Math.max(0, Math.min(outSize, Math.floorDiv(size - 1 - shift, stride) + 1));
    }
}
