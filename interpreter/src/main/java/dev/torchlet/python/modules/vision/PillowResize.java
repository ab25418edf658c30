package dev.torchlet.python.modules.vision;

/**
 * Pillow 9's {@code Image.resize} for 8-bit grey images ("L"), which torchvision's {@code Resize}
 * calls on a PIL image: NEAREST through the affine transform's accumulated source coordinates,
 * BILINEAR through the separable resampler with its 22-bit fixed-point coefficients (an
 * antialiasing filter when shrinking), horizontal pass first, each pass rounding to uint8.
 */
final class PillowResize {
    private static final int PRECISION_BITS = 32 - 8 - 2;

    private PillowResize() {
    }

    static int[] nearest(int[] in, int inW, int inH, int outW, int outH) {
        int[] out = new int[outW * outH];
        double a0 = (double) inW / outW;
        double a4 = (double) inH / outH;
        double yo = a4 * 0.5;
        for (int y = 0; y < outH; y++) {
            double xx = a0 * 0.5;
            double yy = yo;
            for (int x = 0; x < outW; x++) {
                int xin = xx < 0.0 ? -1 : (int) xx;
                int yin = yy < 0.0 ? -1 : (int) yy;
                if (xin >= 0 && xin < inW && yin >= 0 && yin < inH) {
                    out[y * outW + x] = in[yin * inW + xin];
                }
                xx += a0;
            }
            yo += a4;
        }
        return out;
    }

    static int[] bilinear(int[] in, int inW, int inH, int outW, int outH) {
        int[] pixels = in;
        int width = inW;
        if (outW != inW) {
            Coefficients c = coefficients(inW, outW);
            int[] next = new int[outW * inH];
            for (int y = 0; y < inH; y++) {
                for (int x = 0; x < outW; x++) {
                    int sum = 1 << (PRECISION_BITS - 1);
                    for (int i = 0; i < c.count[x]; i++) {
                        sum += pixels[y * width + c.first[x] + i] * c.weights[x * c.size + i];
                    }
                    next[y * outW + x] = clip8(sum);
                }
            }
            pixels = next;
            width = outW;
        }
        if (outH != inH) {
            Coefficients c = coefficients(inH, outH);
            int[] next = new int[width * outH];
            for (int y = 0; y < outH; y++) {
                for (int x = 0; x < width; x++) {
                    int sum = 1 << (PRECISION_BITS - 1);
                    for (int i = 0; i < c.count[y]; i++) {
                        sum += pixels[(c.first[y] + i) * width + x] * c.weights[y * c.size + i];
                    }
                    next[y * width + x] = clip8(sum);
                }
            }
            pixels = next;
        }
        return pixels == in ? in.clone() : pixels;
    }

    private static int clip8(int value) {
        if (value >= (1 << PRECISION_BITS << 8)) {
            return 255;
        }
        if (value <= 0) {
            return 0;
        }
        return value >> PRECISION_BITS;
    }

    private record Coefficients(int size, int[] first, int[] count, int[] weights) {
    }

    /** Pillow's {@code precompute_coeffs} with the bilinear (triangle) filter, then {@code normalize_coeffs_8bpc}. */
    private static Coefficients coefficients(int inSize, int outSize) {
        double scale = (double) inSize / outSize;
        double filterScale = Math.max(scale, 1.0);
        double support = 1.0 * filterScale;
        int size = (int) Math.ceil(support) * 2 + 1;
        int[] first = new int[outSize];
        int[] count = new int[outSize];
        int[] weights = new int[outSize * size];
        double[] k = new double[size];
        for (int xx = 0; xx < outSize; xx++) {
            double center = (xx + 0.5) * scale;
            double ww = 0.0;
            double ss = 1.0 / filterScale;
            int xmin = (int) (center - support + 0.5);
            if (xmin < 0) {
                xmin = 0;
            }
            int xmax = (int) (center + support + 0.5);
            if (xmax > inSize) {
                xmax = inSize;
            }
            xmax -= xmin;
            for (int x = 0; x < xmax; x++) {
                double w = triangle((x + xmin - center + 0.5) * ss);
                k[x] = w;
                ww += w;
            }
            for (int x = 0; x < xmax; x++) {
                double w = ww != 0.0 ? k[x] / ww : k[x];
                weights[xx * size + x] = w < 0 ? (int) (-0.5 + w * (1 << PRECISION_BITS)) : (int) (0.5 + w * (1 << PRECISION_BITS));
            }
            first[xx] = xmin;
            count[xx] = xmax;
        }
        return new Coefficients(size, first, count, weights);
    }

    private static double triangle(double x) {
        if (x < 0.0) {
            x = -x;
        }
        return x < 1.0 ? 1.0 - x : 0.0;
    }
}
