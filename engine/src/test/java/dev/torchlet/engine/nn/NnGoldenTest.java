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
        c.put("calculate_gain", () -> FloatText.repr(Init.calculateGain("leaky_relu", null)) + " "
                + FloatText.repr(Init.calculateGain("tanh", null)) + " " + FloatText.repr(Init.calculateGain("leaky_relu", Math.sqrt(5))));
        return c;
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
