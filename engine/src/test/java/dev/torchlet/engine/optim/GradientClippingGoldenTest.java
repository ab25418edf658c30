package dev.torchlet.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.GoldenFile;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code clip_grad_norm_} against PyTorch 1.13 (goldens/clip.txt from src/test/python/optim_goldens.py).
 * Known difference: the engine's float32 {@code norm} accumulates in double and rounds once, while
 * PyTorch's kernel accumulates in float in its own order, so a norm (and the gradients scaled by it)
 * may differ in the last bit: values are compared to within 2 float32 ulps.
 */
class GradientClippingGoldenTest {
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        return GoldenFile.cases("/goldens/clip.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch(String name, String body) {
        String[] words = name.split(" ");
        double maxNorm = Double.parseDouble(words[words.length - 2].substring("max_norm=".length()));
        double normType = Double.parseDouble(words[words.length - 1].substring("norm_type=".length()).replace("inf", "Infinity"));
        List<Tensor> params = new ArrayList<>();
        for (String line : body.split("\n")) {
            String[] w = line.split(" ");
            switch (w[0]) {
                case "param" -> {
                    int n = Integer.parseInt(w[1]);
                    double[] grad = new double[n];
                    for (int i = 0; i < n; i++) {
                        grad[i] = Double.parseDouble(w[2 + i]);
                    }
                    Tensor p = TensorValues.create(new double[n], new long[] {n}, DType.FLOAT32).requiresGrad_(true);
                    p.setGrad(TensorValues.create(grad, new long[] {n}, DType.FLOAT32));
                    params.add(p);
                }
                case "total" -> assertClose(Double.parseDouble(w[1]),
                        GradientClipping.clipGradNorm(params, maxNorm, normType, false).itemAsDouble(), name + ": total norm");
                case "clipped" -> {
                    double[] actual = TensorValues.read(params.get(Integer.parseInt(w[1])).grad());
                    assertEquals(w.length - 2, actual.length);
                    for (int i = 0; i < actual.length; i++) {
                        assertClose(Double.parseDouble(w[2 + i]), actual[i], name + ": clipped " + w[1] + "[" + i + "]");
                    }
                }
                default -> throw new IllegalStateException(line);
            }
        }
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 2 * Math.ulp((float) expected), what);
    }
}
