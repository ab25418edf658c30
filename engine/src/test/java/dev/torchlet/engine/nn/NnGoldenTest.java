package dev.torchlet.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.torchlet.engine.GoldenFile;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.UnaryOp;
import dev.torchlet.engine.format.FloatText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * torch.nn's functional ops, losses, init and seeded Linear weights against real PyTorch
 * (goldens/nn.txt from nn_goldens.py): the same computation with the Java API prints the same text.
 */
class NnGoldenTest {
    private static final Map<String, String> GOLDENS = GoldenFile.sections("/goldens/nn.txt");

    private static Tensor f(double... values) {
        List<Object> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return Torch.tensor(list, null);
    }

    private static Tensor x() {
        return f(1.5, -2.0, 0.25, 3.0, -0.5, 0.75, -1.25, 0.1).reshape(2, 4).requiresGrad_(true);
    }

    private static final Tensor TARGET = f(1.0, -1.0, 0.5, 2.0, 0.0, 0.5, -1.0, 0.25).reshape(2, 4);
    private static final Tensor PROBS = f(0.9, 0.2, 0.6, 0.99, 0.1, 0.5, 0.3, 0.7).reshape(2, 4);
    private static final Tensor LABELS = Torch.tensor(List.of(3L, 0L), null);

    /** The output, its grad_fn name and the input's gradient for sum(output · (1, 2, 3, …)). */
    private static String gradCase(Function<Tensor, Tensor> fn) {
        Tensor input = x();
        Tensor out = fn.apply(input);
        Tensor ramp = Torch.arange(Scalar.of(1L), Scalar.of(out.numel() + 1), Scalar.of(1L), null).to(out.dtype()).reshape(out.shape());
        out.mul(ramp).sum().backward();
        return out + "\n" + out.gradFnName() + "\n" + input.grad();
    }

    private static String seeded(long seed, Supplier<Object> fn) {
        Torch.manualSeed(seed);
        return String.valueOf(fn.get());
    }

    private static Map<String, Supplier<String>> cases() {
        Map<String, Supplier<String>> c = new LinkedHashMap<>();
        Tensor weights = Torch.arange(Scalar.of(0L), Scalar.of(8L), Scalar.of(1L), null).to(dev.torchlet.engine.DType.FLOAT32)
                .reshape(2, 4).div(Scalar.of(7L));
        c.put("softmax dim 1", () -> gradCase(t -> Activations.softmax(t, 1)));
        c.put("softmax dim 0", () -> gradCase(t -> Activations.softmax(t, 0)));
        c.put("log_softmax dim 1", () -> gradCase(t -> Activations.logSoftmax(t, 1)));
        c.put("leaky_relu", () -> gradCase(t -> Activations.leakyRelu(t, 0.1)));
        c.put("elu", () -> gradCase(t -> Activations.elu(t, 0.5)));
        c.put("gelu", () -> gradCase(Activations::gelu));
        c.put("silu", () -> gradCase(Activations::silu));
        c.put("linear", () -> gradCase(t -> Linear.linear(t, weights, f(0.5, -0.5))));
        c.put("mse_loss mean", () -> gradCase(t -> Losses.mseLoss(t, TARGET, Reduction.MEAN)));
        c.put("mse_loss sum", () -> gradCase(t -> Losses.mseLoss(t, TARGET, Reduction.SUM)));
        c.put("mse_loss none", () -> gradCase(t -> Losses.mseLoss(t, TARGET, Reduction.NONE)));
        c.put("l1_loss mean", () -> gradCase(t -> Losses.l1Loss(t, TARGET, Reduction.MEAN)));
        c.put("bce_with_logits mean", () -> gradCase(t -> Losses.binaryCrossEntropyWithLogits(t, PROBS, null, null, Reduction.MEAN)));
        c.put("bce_with_logits pos_weight", () -> gradCase(t -> Losses.binaryCrossEntropyWithLogits(t, PROBS, null,
                f(1.0, 2.0, 3.0, 0.5), Reduction.MEAN)));
        c.put("bce sum", () -> gradCase(t -> Losses.binaryCrossEntropy(t.unary(UnaryOp.SIGMOID), PROBS, null, Reduction.SUM)));
        c.put("cross_entropy mean", () -> gradCase(t -> Losses.crossEntropy(t, LABELS, null, -100, Reduction.MEAN, 0)));
        c.put("cross_entropy weighted", () -> gradCase(t -> Losses.crossEntropy(t, LABELS, f(1.0, 2.0, 3.0, 4.0), -100, Reduction.MEAN, 0)));
        c.put("cross_entropy none", () -> gradCase(t -> Losses.crossEntropy(t, LABELS, null, -100, Reduction.NONE, 0)));
        c.put("nll_loss ignore_index", () -> gradCase(t -> Losses.nllLoss(t, LABELS, null, 0, Reduction.MEAN)));
        c.put("linear init 3x2", () -> seeded(0, () -> join(Linear.initialParameters(3, 2, true))));
        c.put("linear init 5x4", () -> seeded(7, () -> join(Linear.initialParameters(5, 4, true))));
        c.put("xavier_uniform_", () -> seeded(1, () -> Init.xavierUniform_(Torch.zeros(3, 5), 2.0)));
        c.put("xavier_normal_", () -> seeded(1, () -> Init.xavierNormal_(Torch.zeros(3, 5), 1.0)));
        c.put("kaiming_uniform_", () -> seeded(2, () -> Init.kaimingUniform_(Torch.zeros(4, 3), 0, "fan_in", "relu")));
        c.put("kaiming_normal_ fan_out", () -> seeded(2, () -> Init.kaimingNormal_(Torch.zeros(4, 3), 0, "fan_out", "leaky_relu")));
        c.put("normal_", () -> seeded(3, () -> Init.normal_(Torch.zeros(20), 1.0, 0.5)));
        c.put("uniform_", () -> seeded(3, () -> Init.uniform_(Torch.zeros(20), -2.0, 2.0)));
        c.put("dropout", () -> seeded(4, () -> Dropout.apply(Torch.ones(3, 5), 0.3, true, false)));
        Tensor kernel = f(0.5, -1.0, 0.25, 2.0, 0.5, -1.0, 0.25, 2.0).reshape(2, 1, 2, 2);
        c.put("conv2d", () -> gradCase(t -> Convolution.conv2d(t.view(1, 1, 2, 4), kernel, f(0.1, -0.2), new int[] {1, 1},
                new int[] {1, 1}, new int[] {1, 1}, 1)));
        c.put("max_pool2d", () -> gradCase(t -> Pooling.maxPool2dWithIndices(t.view(1, 2, 2, 2), new int[] {2, 2}, new int[] {1, 1},
                new int[] {1, 1}, new int[] {1, 1}, false).values()));
        c.put("conv2d init", () -> seeded(5, () -> join(Linear.defaultParameters(new long[] {2, 2, 2, 2}, true))));
        c.put("layer_norm", () -> gradCase(t -> LayerNorm.layerNorm(t, new long[] {4}, f(1.0, 2.0, -0.5, 0.25), f(0.1, 0.0, -0.1, 0.2),
                1e-5)));
        c.put("group_norm", () -> gradCase(t -> GroupNorm.groupNorm(t.view(1, 4, 2), 2, f(1.0, 2.0, -0.5, 0.75), null, 1e-5)));
        c.put("prelu", () -> gradCase(t -> Activations.prelu(t.view(2, 2, 2), f(0.25, -0.5))));
        c.put("conv1d", () -> gradCase(t -> Convolution.conv1d(t.view(1, 2, 4), f(0.5, -1.0, 0.25, 2.0).reshape(1, 2, 2), f(0.1), 2, 1,
                1, 1)));
        c.put("avg_pool1d", () -> gradCase(t -> Pooling1d.avgPool1d(t.view(2, 1, 4), 3, 1, 1, false, true)));
        c.put("lstm seeded", () -> gradCase(t -> {
            List<Tensor> w = recurrentWeights(0, 3, 4, 4, 1);
            Tensor zeros = Torch.zeros(1, 1, 3);
            return Recurrent.forward(Recurrent.Mode.LSTM, dev.torchlet.engine.ShapeOps.unsqueeze(t, 1), new Tensor[] {zeros, zeros}, w,
                    true, 1, false, 0, false, false)[0];
        }));
        c.put("gru bidirectional seeded", () -> gradCase(t -> {
            List<Tensor> w = recurrentWeights(1, 2, 4, 3, 2);
            return Recurrent.forward(Recurrent.Mode.GRU, dev.torchlet.engine.ShapeOps.unsqueeze(t, 0), new Tensor[] {Torch.zeros(2, 2, 2)},
                    w, true, 1, true, 0, false, false)[1];
        }));
        c.put("calculate_gain", () -> FloatText.repr(Init.calculateGain("leaky_relu", null)) + " "
                + FloatText.repr(Init.calculateGain("tanh", null)) + " " + FloatText.repr(Init.calculateGain("leaky_relu", Math.sqrt(5))));
        return c;
    }

    /** A one-layer recurrent module's parameters as PyTorch seeds them (w_ih, w_hh, b_ih, b_hh per direction). */
    private static List<Tensor> recurrentWeights(long seed, long hidden, long input, int gates, int directions) {
        Torch.manualSeed(seed);
        List<Tensor> w = new ArrayList<>();
        for (int d = 0; d < directions; d++) {
            w.addAll(List.of(Torch.zeros(gates * hidden, input), Torch.zeros(gates * hidden, hidden), Torch.zeros(gates * hidden),
                    Torch.zeros(gates * hidden)));
        }
        Recurrent.initialize(w, hidden);
        return w;
    }

    private static String join(Tensor[] tensors) {
        return tensors[0] + "\n" + tensors[1];
    }

    @Test
    void everyCaseMatchesPyTorch() {
        Map<String, Supplier<String>> cases = cases();
        assertEquals(GOLDENS.keySet(), cases.keySet(), "cases and goldens list the same names");
        for (Map.Entry<String, Supplier<String>> c : cases.entrySet()) {
            assertEquals(GOLDENS.get(c.getKey()), c.getValue().get(), c.getKey());
        }
    }
}
