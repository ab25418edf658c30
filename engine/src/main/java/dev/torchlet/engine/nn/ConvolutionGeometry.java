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
     * and kernel position, one pass over the output rows it reaches, the innermost loop running
     * along a row (what makes convolutions fast enough to train a CNN). Each output element sums
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
        for (int b = 0; b < n; b++) {
            for (int oc = 0; oc < o; oc++) {
                int group = oc / og;
                int outVolume = (b * o + oc) * od;
                for (int ci = 0; ci < cg; ci++) {
                    int inVolume = (b * c + group * cg + ci) * d;
                    int wVolume = (oc * cg + ci) * kd;
                    for (int a = 0; a < kd; a++) {
                        for (int i = 0; i < kh; i++) {
                            for (int j = 0; j < kw; j++) {
                                int wIndex = ((wVolume + a) * kh + i) * kw + j;
                                double weight = wt[wIndex];
                                // Output columns x whose input column x*sw - pw + j*dw lies inside the row.
                                int shift = j * dw - pw;
                                int xFrom = shift >= 0 ? 0 : (-shift + sw - 1) / sw;
                                int xTo = Math.min(ow, (w - 1 - shift) / sw + 1);
                                double weightGrad = 0;
                                // Output rows (z, y) as one loop, so 2-D convolutions (od = 1) pay nothing for the depth
                                // (a loop of its own made the backward ~25% slower).
                                for (int row = 0, z = 0, y = 0; row < od * oh; row++) {
                                    int iz = z * sd - pd + a * dd;
                                    int iy = y * sh - ph + i * dh;
                                    if (iz >= 0 && iz < d && iy >= 0 && iy < h) {
                                        int inRow = ((inVolume + iz) * h + iy) * w + shift;
                                        int outRow = (outVolume * oh + row) * ow;
                                        if (forward) {
                                            for (int x = xFrom; x < xTo; x++) {
                                                output[outRow + x] += input[inRow + x * sw] * weight;
                                            }
                                        } else if (gw == null) {
                                            for (int x = xFrom; x < xTo; x++) {
                                                gi[inRow + x * sw] += output[outRow + x] * weight;
                                            }
                                        } else if (gi == null) {
                                            for (int x = xFrom; x < xTo; x++) {
                                                weightGrad += output[outRow + x] * input[inRow + x * sw];
                                            }
                                        } else {
                                            for (int x = xFrom; x < xTo; x++) {
                                                double g = output[outRow + x];
                                                gi[inRow + x * sw] += g * weight;
                                                weightGrad += g * input[inRow + x * sw];
                                            }
                                        }
                                    }
                                    if (++y == oh) {
                                        y = 0;
                                        z++;
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
}
