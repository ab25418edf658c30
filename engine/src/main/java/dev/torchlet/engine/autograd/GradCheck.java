package dev.torchlet.engine.autograd;

import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.indexing.TensorIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.autograd.gradcheck}: compares the gradients backward computes with central finite
 * differences, element by element, for every input that requires grad (use float64 inputs: float32
 * differences are too coarse). Element (i, j) of each Jacobian passes when
 * {@code |analytical - numerical| <= atol + rtol * |numerical|}.
 */
public final class GradCheck {
    private GradCheck() {
    }

    /** The function under test: inputs → one output tensor. */
    @FunctionalInterface
    public interface Function {
        Tensor apply(Tensor[] inputs);
    }

    /** Whether every Jacobian entry matched, how many were compared, and a description of the first mismatch. */
    public record Result(boolean passed, long comparedEntries, String message) {
    }

    public static Result check(Function function, Tensor[] inputs, double eps, double atol, double rtol) {
        List<Integer> differentiable = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].requiresGrad()) {
                differentiable.add(i);
            }
        }
        if (differentiable.isEmpty()) {
            throw dev.torchlet.engine.TorchException.runtime(
                    "gradcheck expects at least one input tensor to require gradient, but none of the them have requires_grad=True.");
        }
        Tensor output = function.apply(inputs);
        long outputs = output.numel();
        long compared = 0;
        for (int i : differentiable) {
            Tensor input = inputs[i];
            double[][] analytical = analytical(output, input, outputs);
            double[][] numerical = numerical(function, inputs, i, outputs, eps);
            for (int k = 0; k < input.numel(); k++) {
                for (int j = 0; j < outputs; j++) {
                    compared++;
                    double a = analytical[k][j];
                    double n = numerical[k][j];
                    if (!(Math.abs(a - n) <= atol + rtol * Math.abs(n))) {
                        return new Result(false, compared, "Jacobian mismatch for output 0 with respect to input " + i
                                + ",\nnumerical:" + n + "\nanalytical:" + a + "\n(at input element " + k
                                + ", output element " + j + ")");
                    }
                }
            }
        }
        return new Result(true, compared, "");
    }

    /** Row k, column j: d output[j] / d input[k], from one backward pass per output element. */
    private static double[][] analytical(Tensor output, Tensor input, long outputs) {
        double[][] jacobian = new double[(int) input.numel()][(int) outputs];
        for (int j = 0; j < outputs; j++) {
            Tensor seed = Torch.full(output.shape(), Scalar.of(0L), output.dtype());
            seed.reshape(-1).indexPut(List.of(TensorIndex.at(j)), Scalar.of(1L));
            Tensor[] grads = Backward.grad(new Tensor[] {output}, new Tensor[] {input}, new Tensor[] {seed}, true, false, true);
            if (grads[0] == null) {
                continue;
            }
            Tensor g = grads[0];
            for (int k = 0; k < input.numel(); k++) {
                jacobian[k][j] = g.doubleAt(k);
            }
        }
        return jacobian;
    }

    /** Row k, column j: (f(x + eps·e_k)[j] - f(x - eps·e_k)[j]) / 2eps, perturbing input {@code which} in place. */
    private static double[][] numerical(Function function, Tensor[] inputs, int which, long outputs, double eps) {
        Tensor input = inputs[which];
        double[][] jacobian = new double[(int) input.numel()][(int) outputs];
        // Perturbed through .data (a version counter of its own), so the function may run with grad mode on:
        // a function that itself differentiates (gradients of gradients) needs it.
        Tensor flat = input.data().reshape(-1);
        if (!flat.sharesStorageWith(input)) {
            throw dev.torchlet.engine.TorchException.runtime("gradcheck needs contiguous inputs");
        }
        for (int k = 0; k < input.numel(); k++) {
            double original = flat.doubleAt(k);
            List<TensorIndex> at = List.of(TensorIndex.at(k));
            flat.indexPut(at, Scalar.of(original + eps));
            Tensor plus = function.apply(inputs).detach().reshape(-1);
            flat.indexPut(at, Scalar.of(original - eps));
            Tensor minus = function.apply(inputs).detach().reshape(-1);
            flat.indexPut(at, Scalar.of(original));
            for (int j = 0; j < outputs; j++) {
                jacobian[k][j] = (plus.doubleAt(j) - minus.doubleAt(j)) / (2 * eps);
            }
        }
        return jacobian;
    }
}
