package dev.torchlet.engine.nn;

import dev.torchlet.engine.BatchedProducts;
import dev.torchlet.engine.PositionTable;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;

/**
 * Convolutions on an accelerator as matrix products: the input's windows are gathered into a
 * column matrix ({@code [C·K, N·L]}: a row per (channel, kernel offset), a column per (sample,
 * output position), zero where a window reaches into the padding), each group's weight rows
 * multiply it in one batched product, and the gradient of the columns folds back onto the input
 * by a second gather that sums, for each input element, the K column entries that read it. Both
 * gathers are position tables planned once per geometry, so a training step runs only kernels.
 *
 * <p>A transposed convolution is the same pieces in the other order (its forward folds, its
 * backward gathers), which is why one geometry, that of the convolution from the larger volume
 * to the smaller, serves both.
 */
final class DeviceConvolution {
    private DeviceConvolution() {
    }

    /** The convolution's output (N, O, out…) before the bias, from input (N, C, in…). */
    static Tensor forward(Tensor input, Tensor weight, ConvolutionGeometry g) {
        Tensor columns = columns(input, g).view(g.groups(), g.c() / g.groups() * kernelVolume(g), columnCount(g));
        Tensor products = BatchedProducts.bmm(groupedWeight(weight, g), columns);
        return channelsFirst(products, g.o(), g.n(), g.outVolume());
    }

    /** A transposed convolution's output (N, C, in…) before the bias, from input (N, O, out…). */
    static Tensor transposedForward(Tensor input, Tensor weight, ConvolutionGeometry g) {
        Tensor products = BatchedProducts.bmm(groupedWeight(weight, g).transpose(1, 2), samplesLast(input, g, g.o()));
        return fold(products, g);
    }

    /** Input and weight gradients of {@link #forward} for the output gradient {@code grad}. */
    static Tensor[] backward(Tensor grad, Tensor input, Tensor weight, ConvolutionGeometry g) {
        Tensor gradOut = samplesLast(grad, g, g.o());
        Tensor weights = groupedWeight(weight, g);
        Tensor gradInput = fold(BatchedProducts.bmm(weights.transpose(1, 2), gradOut), g);
        Tensor columns = columns(input, g).view(g.groups(), g.c() / g.groups() * kernelVolume(g), columnCount(g));
        Tensor gradWeight = BatchedProducts.bmm(gradOut, columns.transpose(1, 2));
        return new Tensor[] {gradInput, gradWeight.reshape(weight.shape())};
    }

    /** Input and weight gradients of {@link #transposedForward} for the output gradient {@code grad}. */
    static Tensor[] transposedBackward(Tensor grad, Tensor input, Tensor weight, ConvolutionGeometry g) {
        Tensor columns = columns(grad, g).view(g.groups(), g.c() / g.groups() * kernelVolume(g), columnCount(g));
        Tensor weights = groupedWeight(weight, g);
        Tensor gradInput = channelsFirst(BatchedProducts.bmm(weights, columns), g.o(), g.n(), g.outVolume());
        Tensor gradWeight = BatchedProducts.bmm(samplesLast(input, g, g.o()), columns.transpose(1, 2));
        return new Tensor[] {gradInput, gradWeight.reshape(weight.shape())};
    }

    private static int kernelVolume(ConvolutionGeometry g) {
        return g.kernel()[0] * g.kernel()[1] * g.kernel()[2];
    }

    private static int columnCount(ConvolutionGeometry g) {
        return g.n() * g.outVolume();
    }

    /** The weight as (groups, rows per group, columns per row): rows are the O channels of the larger side. */
    private static Tensor groupedWeight(Tensor weight, ConvolutionGeometry g) {
        return weight.reshape(g.groups(), weight.size(0) / g.groups(), weight.numel() / weight.size(0));
    }

    /** (N, channels, L) as (groups, channels / groups, N·L): the samples side by side, as the columns lie. */
    private static Tensor samplesLast(Tensor t, ConvolutionGeometry g, int channels) {
        Tensor bySample = ShapeOps.permute(t.reshape(g.n(), channels, g.outVolume()), 1, 0, 2).contiguous();
        return bySample.view(g.groups(), channels / g.groups(), columnCount(g));
    }

    /** Products (groups, channels / groups, N·L) as (N, channels, L) — the caller's output shape is restored by reshape. */
    private static Tensor channelsFirst(Tensor products, int channels, int n, int volume) {
        return ShapeOps.permute(products.view(channels, n, volume), 1, 0, 2).contiguous();
    }

    /** The column matrix of {@code input} (N, C, in…): element (c·K + k, n·L + l) is what kernel offset k reads for output l. */
    private static Tensor columns(Tensor input, ConvolutionGeometry g) {
        int k = kernelVolume(g);
        PositionTable windows = PositionTable.on(input.device(), "conv-columns " + describe(g),
                () -> columnPositions(g));
        return windows.gather(input, (long) g.c() * k, columnCount(g));
    }

    /** Sums each input element's K column entries: the columns (C·K, N·L) folded back to (N, C, in…). */
    private static Tensor fold(Tensor columns, ConvolutionGeometry g) {
        int k = kernelVolume(g);
        PositionTable readers = PositionTable.on(columns.device(), "conv-fold " + describe(g), () -> foldPositions(g));
        long elements = (long) g.n() * g.c() * g.inVolume();
        return readers.gather(columns, elements, k).sum(1, false);
    }

    private static String describe(ConvolutionGeometry g) {
        return g.n() + "," + g.c() + "," + g.groups() + " in " + java.util.Arrays.toString(g.in()) + " kernel "
                + java.util.Arrays.toString(g.kernel()) + " stride " + java.util.Arrays.toString(g.stride()) + " padding "
                + java.util.Arrays.toString(g.padding()) + " dilation " + java.util.Arrays.toString(g.dilation()) + " out "
                + java.util.Arrays.toString(g.out());
    }

    /** For every column entry, the input element it reads (row-major in (N, C, in…)), or -1 in the padding. */
    private static long[] columnPositions(ConvolutionGeometry g) {
        int[] in = g.in();
        int k = kernelVolume(g);
        int l = g.outVolume();
        int columns = columnCount(g);
        int[][] kernelAt = coordinates(g.kernel());
        int[][] outAt = coordinates(g.out());
        long[] positions = new long[g.c() * k * columns];
        int[] at = new int[3];
        for (int c = 0; c < g.c(); c++) {
            for (int offset = 0; offset < k; offset++) {
                int row = (c * k + offset) * columns;
                for (int o = 0; o < l; o++) {
                    boolean inside = true;
                    for (int a = 0; a < 3; a++) {
                        at[a] = outAt[o][a] * g.stride()[a] - g.padding()[a] + kernelAt[offset][a] * g.dilation()[a];
                        inside &= at[a] >= 0 && at[a] < in[a];
                    }
                    long inPlane = ((long) at[0] * in[1] + at[1]) * in[2] + at[2];
                    for (int n = 0; n < g.n(); n++) {
                        positions[row + n * l + o] = inside ? ((long) n * g.c() + c) * g.inVolume() + inPlane : -1;
                    }
                }
            }
        }
        return positions;
    }

    /** For every input element and kernel offset, the column entry that reads the element through it, or -1. */
    private static long[] foldPositions(ConvolutionGeometry g) {
        int[] out = g.out();
        int k = kernelVolume(g);
        int l = g.outVolume();
        long columns = columnCount(g);
        int volume = g.inVolume();
        int[][] kernelAt = coordinates(g.kernel());
        int[][] inAt = coordinates(g.in());
        long[] positions = new long[g.n() * g.c() * volume * k];
        int[] outAt = new int[3];
        for (int i = 0; i < volume; i++) {
            for (int offset = 0; offset < k; offset++) {
                boolean reads = true;
                for (int a = 0; a < 3 && reads; a++) {
                    int shifted = inAt[i][a] + g.padding()[a] - kernelAt[offset][a] * g.dilation()[a];
                    outAt[a] = shifted / g.stride()[a];
                    reads = shifted >= 0 && shifted % g.stride()[a] == 0 && outAt[a] < out[a];
                }
                int o = (outAt[0] * out[1] + outAt[1]) * out[2] + outAt[2];
                for (int n = 0; n < g.n(); n++) {
                    for (int c = 0; c < g.c(); c++) {
                        positions[((n * g.c() + c) * volume + i) * k + offset] = reads ? (c * k + offset) * columns + (long) n * l + o : -1;
                    }
                }
            }
        }
        return positions;
    }

    /** The (depth, height, width) of every row-major position in a volume of {@code sizes}. */
    private static int[][] coordinates(int[] sizes) {
        int[][] all = new int[sizes[0] * sizes[1] * sizes[2]][];
        for (int i = 0; i < all.length; i++) {
            all[i] = new int[] {i / (sizes[1] * sizes[2]), i / sizes[2] % sizes[1], i % sizes[2]};
        }
        return all;
    }
}
