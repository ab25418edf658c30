package dev.torchlet.engine.autograd;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.UnaryOp;
import dev.torchlet.engine.nn.Activations;
import dev.torchlet.engine.nn.AveragePooling;
import dev.torchlet.engine.nn.BatchNorm;
import dev.torchlet.engine.nn.Bilinear;
import dev.torchlet.engine.nn.Convolution;
import dev.torchlet.engine.nn.Embedding;
import dev.torchlet.engine.nn.GroupNorm;
import dev.torchlet.engine.nn.InstanceNorm;
import dev.torchlet.engine.nn.KlDivergence;
import dev.torchlet.engine.nn.Normalize;
import dev.torchlet.engine.nn.Padding;
import dev.torchlet.engine.nn.Upsampling;
import dev.torchlet.engine.nn.Pooling;
import dev.torchlet.engine.nn.Pooling1d;
import dev.torchlet.engine.nn.Dropout;
import dev.torchlet.engine.nn.LayerNorm;
import dev.torchlet.engine.nn.Linear;
import dev.torchlet.engine.nn.Losses;
import dev.torchlet.engine.nn.Recurrent;
import dev.torchlet.engine.nn.Reduction;
import dev.torchlet.engine.nn.Similarity;
import java.util.ArrayList;
import java.util.List;

/** GradCheckTest's cases for the nn ops (every nn grad_fn, every reduction of the losses). */
final class NnGradCheckCases {
    record Entry(String label, GradCheck.Function function, Tensor... inputs) {
    }

    private NnGradCheckCases() {
    }

    private static Tensor matrix(int rows, int columns, double start, boolean requiresGrad) {
        List<List<Double>> data = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Double> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(start + 0.37 * r - 0.53 * c + 0.11 * r * c);
            }
            data.add(row);
        }
        return Torch.tensor(data, DType.FLOAT64).requiresGrad_(requiresGrad);
    }

    private static Tensor labels(long... values) {
        List<Long> list = new ArrayList<>();
        for (long v : values) {
            list.add(v);
        }
        return Torch.tensor(list, DType.INT64);
    }

    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("softmax", x -> Activations.softmax(x[0], 1), matrix(2, 3, 0.5, true)));
        entries.add(new Entry("softmax dim 0", x -> Activations.softmax(x[0], 0), matrix(2, 3, 0.5, true)));
        entries.add(new Entry("log_softmax", x -> Activations.logSoftmax(x[0], 1), matrix(2, 3, 0.5, true)));
        entries.add(new Entry("leaky_relu", x -> Activations.leakyRelu(x[0], 0.1), matrix(2, 3, 0.3, true)));
        entries.add(new Entry("elu", x -> Activations.elu(x[0], 0.7), matrix(2, 3, 0.3, true)));
        entries.add(new Entry("gelu", x -> Activations.gelu(x[0]), matrix(2, 3, 0.3, true)));
        entries.add(new Entry("selu", x -> Activations.selu(x[0]), matrix(2, 3, 0.3, true)));
        entries.add(new Entry("hardtanh", x -> Activations.hardtanh(x[0], -0.45, 0.61), matrix(2, 3, 0.3, true)));
        entries.add(new Entry("softplus", x -> Activations.softplus(x[0], 2.0, 0.9), matrix(2, 3, 0.3, true)));
        entries.add(new Entry("silu", x -> Activations.silu(x[0]), matrix(2, 3, 0.3, true)));
        entries.add(new Entry("mish", x -> Activations.mish(x[0].mul(Scalar.of(5L))), matrix(2, 3, 0.3, true)));
        // Scaled by 5 so the entries fall on both sides of hardswish's and hardsigmoid's kinks at ±3.
        entries.add(new Entry("hardswish", x -> Activations.hardswish(x[0].mul(Scalar.of(5L))), matrix(2, 3, 0.3, true)));
        entries.add(new Entry("hardsigmoid", x -> Activations.hardsigmoid(x[0].mul(Scalar.of(5L))), matrix(2, 3, 0.3, true)));
        entries.add(new Entry("cosine_similarity, broadcast", x -> Similarity.cosineSimilarity(x[0], x[1], 1, 1e-8),
                matrix(2, 3, 0.3, true), matrix(1, 3, -0.4, true)));
        entries.add(new Entry("pairwise_distance p=3", x -> Similarity.pairwiseDistance(x[0], x[1], 3.0, 1e-6, false),
                matrix(2, 3, 0.3, true), matrix(1, 3, -0.4, true)));
        entries.add(new Entry("linear 2-D", x -> Linear.linear(x[0], x[1], x[2]), matrix(2, 3, 0.5, true),
                matrix(4, 3, -0.2, true), matrix(1, 4, 0.1, true).view(4)));
        entries.add(new Entry("linear 1-D", x -> Linear.linear(x[0], x[1], x[2]), matrix(1, 3, 0.5, true).view(3),
                matrix(4, 3, -0.2, true), matrix(1, 4, 0.1, true).view(4)));
        entries.add(new Entry("dropout", x -> Dropout.apply(x[0], 0.0, true, false).mul(x[0]), matrix(2, 2, 0.5, true)));
        for (Reduction r : Reduction.values()) {
            entries.add(new Entry("mse_loss " + r, x -> Losses.mseLoss(x[0], x[1], r), matrix(2, 3, 0.5, true), matrix(2, 3, -0.3, true)));
            entries.add(new Entry("smooth_l1_loss " + r, x -> Losses.smoothL1Loss(x[0], x[1], r, 0.6), matrix(2, 3, 0.5, true),
                    matrix(2, 3, -0.3, true)));
            entries.add(new Entry("huber_loss " + r, x -> Losses.huberLoss(x[0], x[1], r, 0.6), matrix(2, 3, 0.5, true),
                    matrix(2, 3, -0.3, true)));
            entries.add(new Entry("l1_loss " + r, x -> Losses.l1Loss(x[0], x[1], r), matrix(2, 3, 0.5, true), matrix(2, 3, -0.3, true)));
            entries.add(new Entry("binary_cross_entropy " + r, x -> Losses.binaryCrossEntropy(x[0].unary(UnaryOp.SIGMOID),
                    x[1].unary(UnaryOp.SIGMOID), null, r), matrix(2, 3, 0.5, true), matrix(2, 3, -0.3, true)));
            entries.add(new Entry("binary_cross_entropy_with_logits " + r, x -> Losses.binaryCrossEntropyWithLogits(x[0], x[1],
                    null, null, r), matrix(2, 3, 0.5, true), matrix(2, 3, -0.3, true).unary(UnaryOp.SIGMOID).detach().requiresGrad_(true)));
            entries.add(new Entry("nll_loss " + r, x -> Losses.nllLoss(x[0], labels(2, 0), null, -100, r), matrix(2, 3, 0.5, true)));
            entries.add(new Entry("cross_entropy " + r, x -> Losses.crossEntropy(x[0], labels(1, 2, 0), null, -100, r, 0),
                    matrix(3, 3, 0.5, true)));
            entries.add(new Entry("cross_entropy label_smoothing " + r, x -> Losses.crossEntropy(x[0], labels(1, 2, 0), null, 0, r, 0.2),
                    matrix(3, 3, 0.5, true)));
            entries.add(new Entry("cross_entropy probabilities " + r, x -> Losses.crossEntropy(x[0],
                    Activations.softmax(x[1], 1), null, -100, r, 0.1), matrix(3, 3, 0.5, true), matrix(3, 3, -0.2, true)));
        }
        Tensor weight = Torch.tensor(List.of(1.0, 2.0, 0.5), DType.FLOAT64);
        entries.add(new Entry("bce weighted", x -> Losses.binaryCrossEntropy(x[0].unary(UnaryOp.SIGMOID), x[1].unary(UnaryOp.SIGMOID),
                weight, Reduction.MEAN), matrix(2, 3, 0.5, true), matrix(2, 3, -0.3, true)));
        entries.add(new Entry("bce with logits, pos_weight", x -> Losses.binaryCrossEntropyWithLogits(x[0], x[1], weight,
                weight, Reduction.MEAN), matrix(2, 3, 0.5, true), matrix(2, 3, -0.3, false).unary(UnaryOp.SIGMOID)));
        entries.add(new Entry("cross_entropy weighted, ignore_index", x -> Losses.crossEntropy(x[0], labels(1, 2, 0), weight, 2,
                Reduction.MEAN, 0), matrix(3, 3, 0.5, true)));
        entries.add(new Entry("nll_loss 1-D", x -> Losses.nllLoss(x[0], Torch.full(new long[0], dev.torchlet.engine.Scalar.of(1L),
                DType.INT64), null, -100, Reduction.MEAN), matrix(1, 3, 0.5, true).view(3)));
        Tensor image = matrix(5, 6, 0.3, false).reshape(1, 1, 5, 6).detach().requiresGrad_(true);
        Tensor twoChannels = Torch.tensor(List.of(List.of(0.3, -0.7, 1.1, 0.2), List.of(0.9, -0.1, 0.4, -1.3)), DType.FLOAT64)
                .reshape(1, 2, 1, 4).detach().requiresGrad_(true);
        entries.add(new Entry("conv2d", x -> Convolution.conv2d(x[0], x[1], x[2], new int[] {1, 2}, new int[] {1, 0},
                new int[] {1, 1}, 1), image, matrix(2, 3, 0.2, true).reshape(2, 1, 1, 3).detach().requiresGrad_(true),
                matrix(1, 2, 0.1, true).reshape(2).detach().requiresGrad_(true)));
        entries.add(new Entry("conv2d groups, dilation", x -> Convolution.conv2d(x[0], x[1], null, new int[] {1, 1}, new int[] {1, 1},
                new int[] {1, 2}, 2), twoChannels, matrix(2, 2, 0.2, true).reshape(2, 1, 1, 2).detach().requiresGrad_(true)));
        entries.add(new Entry("conv_transpose2d stride, padding, output_padding", x -> Convolution.convTranspose("conv_transpose2d",
                x[0], x[1], x[2], new int[] {2, 1}, new int[] {1, 0}, new int[] {1, 0}, 1, new int[] {1, 1}), image,
                matrix(2, 3, 0.2, true).reshape(1, 2, 1, 3).detach().requiresGrad_(true),
                matrix(1, 2, 0.1, true).reshape(2).detach().requiresGrad_(true)));
        entries.add(new Entry("conv_transpose2d groups, dilation", x -> Convolution.convTranspose("conv_transpose2d", x[0], x[1],
                null, new int[] {1, 2}, new int[] {0, 1}, new int[] {0, 1}, 2, new int[] {1, 2}), twoChannels,
                matrix(2, 4, 0.2, true).reshape(2, 2, 1, 2).detach().requiresGrad_(true)));
        entries.add(new Entry("bilinear", x -> Bilinear.bilinear(x[0], x[1], x[2], x[3]), matrix(2, 3, 0.5, true),
                matrix(2, 2, -0.4, true), matrix(6, 2, 0.2, true).reshape(2, 3, 2).detach().requiresGrad_(true),
                matrix(1, 2, 0.1, true).reshape(2).detach().requiresGrad_(true)));
        entries.add(new Entry("conv3d", x -> Convolution.conv3d(x[0], x[1], x[2], new int[] {1, 2, 1}, new int[] {1, 0, 1},
                new int[] {1, 1, 2}, 1), matrix(9, 10, 0.3, false).reshape(1, 2, 3, 3, 5).detach().requiresGrad_(true),
                matrix(8, 3, 0.2, true).reshape(2, 2, 2, 1, 3).detach().requiresGrad_(true),
                matrix(1, 2, 0.1, true).reshape(2).detach().requiresGrad_(true)));
        Tensor volume = matrix(6, 10, 0.3, false).reshape(1, 2, 3, 2, 5).detach().requiresGrad_(true);
        entries.add(new Entry("max_pool3d", x -> Pooling.maxPool3dWithIndices(x[0], new int[] {2, 1, 2}, new int[] {1, 1, 2},
                new int[] {1, 0, 1}, new int[] {1, 1, 2}, true).values(), volume));
        entries.add(new Entry("avg_pool3d", x -> AveragePooling.avgPool3d(x[0], new int[] {2, 2, 3}, new int[] {1, 2, 2},
                new int[] {1, 0, 1}, true, false, null), volume));
        entries.add(new Entry("adaptive_max_pool2d", x -> Pooling.adaptiveMaxPool2d(x[0], 3, 4).values(), image));
        entries.add(new Entry("max_pool2d", x -> Pooling.maxPool2dWithIndices(x[0], new int[] {2, 2}, new int[] {2, 1},
                new int[] {1, 0}, new int[] {1, 1}, true).values(), image));
        entries.add(new Entry("avg_pool2d", x -> AveragePooling.avgPool2d(x[0], new int[] {3, 2}, new int[] {2, 1}, new int[] {1, 1},
                true, false, null), image));
        entries.add(new Entry("adaptive_avg_pool2d", x -> AveragePooling.adaptiveAvgPool2d(x[0], 3, 4), image));
        entries.add(new Entry("adaptive_avg_pool2d 1x1", x -> AveragePooling.adaptiveAvgPool2d(x[0], 1, 1), image));
        entries.add(new Entry("batch_norm training", x -> BatchNorm.batchNorm(x[0], null, null, x[1], x[2], true, 0.1, 1e-5),
                matrix(4, 3, 0.3, true), matrix(1, 3, 0.7, true).reshape(3).detach().requiresGrad_(true),
                matrix(1, 3, -0.2, true).reshape(3).detach().requiresGrad_(true)));
        entries.add(new Entry("batch_norm eval", x -> BatchNorm.batchNorm(x[0], Torch.tensor(List.of(0.1, -0.2), DType.FLOAT64),
                Torch.tensor(List.of(1.5, 0.5), DType.FLOAT64), x[1], null, false, 0.1, 1e-5), image.reshape(1, 2, 3, 5).detach()
                .requiresGrad_(true), matrix(1, 2, 0.7, true).reshape(2).detach().requiresGrad_(true)));
        entries.add(new Entry("embedding", x -> Embedding.embedding(labels(2, 0, 2, 3), x[0], null), matrix(4, 3, 0.2, true)));
        // Recurrent layers compose existing ops; these check the composition (gates, directions, batch_first's transpose).
        Tensor sequence = matrix(6, 2, 0.2, true).reshape(2, 3, 2).detach().requiresGrad_(true);
        entries.add(new Entry("lstm bidirectional batch_first", x -> Recurrent.forward(Recurrent.Mode.LSTM, x[0],
                new Tensor[] {x[1].reshape(2, 2, 2), matrix(4, 2, -0.1, false).reshape(2, 2, 2)},
                List.of(x[2].mul(Scalar.of(0.3)), x[3].mul(Scalar.of(0.2)), x[4].reshape(8), x[4].reshape(8).mul(Scalar.of(-0.5)),
                        x[2].mul(Scalar.of(-0.1)), x[3].mul(Scalar.of(0.25)), x[4].reshape(8).mul(Scalar.of(0.7)), x[4].reshape(8).mul(Scalar.of(0.1))),
                true, 1, true, 0, false, true)[0], sequence, matrix(4, 2, 0.1, true), matrix(8, 2, 0.05, true),
                matrix(8, 2, -0.2, true), matrix(2, 4, 0.1, true)));
        entries.add(new Entry("gru two layers, final state", x -> Recurrent.forward(Recurrent.Mode.GRU, x[0],
                new Tensor[] {x[1].reshape(2, 3, 2)}, List.of(x[2].mul(Scalar.of(0.3)), x[3].mul(Scalar.of(0.4)), x[3].mul(Scalar.of(-0.3)), x[3].mul(Scalar.of(0.2))),
                false, 2, false, 0, false, false)[1], sequence, matrix(6, 2, 0.1, true), matrix(6, 2, 0.05, true),
                matrix(6, 2, -0.2, true)));
        entries.add(new Entry("rnn relu cell", x -> Recurrent.cell(Recurrent.Mode.RNN_RELU, x[0], new Tensor[] {x[1]}, x[2], x[3],
                null, null)[0], matrix(2, 3, 0.4, true), matrix(2, 2, 0.2, true), matrix(2, 3, 0.3, true), matrix(2, 2, 0.1, true)));
        entries.add(new Entry("layer_norm", x -> LayerNorm.layerNorm(x[0], new long[] {2, 3}, x[1], x[2], 1e-5),
                matrix(4, 6, 0.3, true).reshape(4, 2, 3).detach().requiresGrad_(true), matrix(2, 3, 0.7, true), matrix(2, 3, -0.2, true)));
        entries.add(new Entry("layer_norm without affine", x -> LayerNorm.layerNorm(x[0], new long[] {3}, null, null, 1e-3),
                matrix(2, 3, 0.3, true)));
        entries.add(new Entry("group_norm", x -> GroupNorm.groupNorm(x[0], 2, x[1], x[2], 1e-5),
                matrix(2, 12, 0.3, true).reshape(2, 4, 3).detach().requiresGrad_(true), matrix(1, 4, 0.7, true).reshape(4).detach()
                .requiresGrad_(true), matrix(1, 4, -0.2, true).reshape(4).detach().requiresGrad_(true)));
        entries.add(new Entry("group_norm without affine", x -> GroupNorm.groupNorm(x[0], 1, null, null, 1e-3), matrix(2, 3, 0.3, true)));
        entries.add(new Entry("prelu per channel", x -> Activations.prelu(x[0], x[1]),
                matrix(2, 6, -0.6, true).reshape(2, 3, 2).detach().requiresGrad_(true), matrix(1, 3, 0.2, true).reshape(3).detach()
                .requiresGrad_(true)));
        entries.add(new Entry("prelu one slope", x -> Activations.prelu(x[0], x[1]), matrix(2, 3, -0.4, true),
                matrix(1, 1, 0.3, true).reshape(1).detach().requiresGrad_(true)));
        entries.add(new Entry("max_pool1d", x -> Pooling1d.maxPool1dWithIndices(x[0], 2, 1, 1, 1, false).values(),
                matrix(2, 5, 0.2, true).reshape(1, 2, 5).detach().requiresGrad_(true)));
        entries.add(new Entry("avg_pool1d", x -> Pooling1d.avgPool1d(x[0], 3, 2, 1, true, false), matrix(2, 5, 0.2, true)));
        entries.add(new Entry("conv1d", x -> Convolution.conv1d(x[0], x[1], x[2], 2, 1, 1, 1),
                matrix(4, 5, 0.2, true).reshape(2, 2, 5).detach().requiresGrad_(true), matrix(6, 2, -0.3, true).reshape(3, 2, 2).detach()
                .requiresGrad_(true), matrix(1, 3, 0.1, true).reshape(3).detach().requiresGrad_(true)));
        entries.add(new Entry("instance_norm", x -> InstanceNorm.instanceNorm(x[0], null, null, x[1], x[2], true, 0.1, 1e-5),
                matrix(2, 6, 0.3, true).reshape(2, 2, 3).detach().requiresGrad_(true), matrix(1, 2, 0.7, true).reshape(2).detach()
                .requiresGrad_(true), matrix(1, 2, -0.2, true).reshape(2).detach().requiresGrad_(true)));
        entries.addAll(paddingAndResamplingEntries());
        return entries;
    }

    private static Tensor shaped(Tensor t, long... shape) {
        return t.reshape(shape).detach().requiresGrad_(true);
    }

    /** F.pad, F.normalize, F.interpolate and F.kl_div (issue #6's second part). */
    private static List<Entry> paddingAndResamplingEntries() {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("pad constant, with cropping", x -> Padding.constantPad(x[0], new long[] {1, -1, 2, 0}, 0.5)
                .pow(Scalar.of(2L)), matrix(2, 3, 0.5, true)));
        entries.add(new Entry("pad constant, only cropping", x -> Padding.constantPad(x[0], new long[] {-1, 0}, 0).pow(Scalar.of(2L)),
                matrix(2, 3, 0.5, true)));
        for (String mode : List.of("reflect", "replicate")) {
            entries.add(new Entry("pad " + mode + " 1-D", x -> Padding.pad(x[0], new long[] {2, 1}, mode, null).pow(Scalar.of(2L)),
                    matrix(2, 3, 0.5, true)));
            entries.add(new Entry("pad " + mode + " 2-D", x -> Padding.pad(x[0], new long[] {1, 2, 2, 1}, mode, null).pow(Scalar.of(2L)),
                    shaped(matrix(3, 4, 0.5, true), 1, 3, 4)));
        }
        entries.add(new Entry("normalize", x -> Normalize.normalize(x[0], 2.0, 1, 1e-12), matrix(2, 3, 0.5, true)));
        entries.add(new Entry("normalize p=1 dim 0", x -> Normalize.normalize(x[0], 1.0, 0, 1e-12), matrix(2, 3, 0.5, true)));
        entries.add(new Entry("upsample nearest 1-D", x -> Upsampling.nearest(x[0], new long[] {7}, null).pow(Scalar.of(2L)),
                shaped(matrix(2, 3, 0.5, true), 1, 2, 3)));
        entries.add(new Entry("upsample nearest 2-D", x -> Upsampling.nearest(x[0], null, new double[] {1.5, 2}).pow(Scalar.of(2L)),
                shaped(matrix(2, 3, 0.5, true), 1, 1, 2, 3)));
        entries.add(new Entry("upsample nearest-exact 1-D", x -> Upsampling.nearestExact(x[0], new long[] {5}, null)
                .pow(Scalar.of(2L)), shaped(matrix(2, 3, 0.5, true), 1, 2, 3)));
        entries.add(new Entry("upsample nearest-exact 2-D", x -> Upsampling.nearestExact(x[0], new long[] {3, 5}, null)
                .pow(Scalar.of(2L)), shaped(matrix(2, 3, 0.5, true), 1, 1, 2, 3)));
        for (boolean align : new boolean[] {false, true}) {
            entries.add(new Entry("upsample linear align_corners=" + align, x -> Upsampling.linear(x[0], new long[] {5}, align, null)
                    .pow(Scalar.of(2L)), shaped(matrix(2, 3, 0.5, true), 1, 2, 3)));
            entries.add(new Entry("upsample bilinear align_corners=" + align, x -> Upsampling.bilinear(x[0], new long[] {4, 5}, align, null)
                    .pow(Scalar.of(2L)), shaped(matrix(2, 3, 0.5, true), 1, 1, 2, 3)));
        }
        for (String reduction : List.of("none", "mean", "batchmean")) {
            entries.add(new Entry("kl_div " + reduction, x -> KlDivergence.klDiv(x[0], Activations.softmax(x[1], 1), reduction, false),
                    matrix(2, 3, -0.5, true), matrix(2, 3, 0.2, true)));
        }
        entries.add(new Entry("kl_div log_target", x -> KlDivergence.klDiv(x[0], x[1], "sum", true), matrix(2, 3, -0.5, true),
                matrix(2, 3, -0.9, true)));
        return entries;
    }
}
