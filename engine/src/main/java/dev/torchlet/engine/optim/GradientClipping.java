package dev.torchlet.engine.optim;

import dev.torchlet.engine.Clamping;
import dev.torchlet.engine.DType;
import dev.torchlet.engine.Joins;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Statistics;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.UnaryOp;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code torch.nn.utils.clip_grad_norm_} and {@code clip_grad_value_} (PyTorch 1.13): gradients are
 * scaled or clamped in place, without autograd; parameters without a gradient are skipped.
 */
public final class GradientClipping {
    private GradientClipping() {
    }

    /**
     * Scales every gradient by {@code max_norm / (total_norm + 1e-6)} when that is below 1, where the
     * total norm is the {@code normType}-norm of the per-parameter gradient norms; returns the total
     * norm (a 0-d tensor), as PyTorch does.
     */
    public static Tensor clipGradNorm(List<Tensor> parameters, double maxNorm, double normType, boolean errorIfNonfinite) {
        List<Tensor> grads = new ArrayList<>();
        for (Tensor p : parameters) {
            if (p.grad() != null) {
                grads.add(p.grad());
            }
        }
        if (grads.isEmpty()) {
            return TensorValues.create(new double[] {0}, new long[0], DType.FLOAT32);
        }
        DType dtype = grads.get(0).dtype();
        if (!grads.get(0).device().isCpu()) {
            return clipGradNormOnDevice(grads, maxNorm, normType, errorIfNonfinite);
        }
        double[] norms = new double[grads.size()];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = Statistics.norm(grads.get(i), normType, null, false).itemAsDouble();
        }
        Tensor total = norms.length == 1 && Double.isInfinite(normType)
                ? TensorValues.create(norms, new long[0], dtype)
                : Statistics.norm(TensorValues.create(norms, new long[] {norms.length}, dtype), normType, null, false);
        double totalNorm = total.itemAsDouble();
        if (errorIfNonfinite && !Double.isFinite(totalNorm)) {
            throw nonFinite(normType);
        }
        ElementArithmetic math = new ElementArithmetic(dtype);
        // max_norm / (total + 1e-6) is Tensor.__rtruediv__: the reciprocal times max_norm.
        double coefficient = math.mul(math.div(1, math.add(totalNorm, math.scalar(1e-6))), math.scalar(maxNorm));
        if (coefficient > 1.0) {
            coefficient = 1.0;
        }
        for (Tensor grad : grads) {
            ElementArithmetic gradMath = new ElementArithmetic(grad.dtype());
            double c = gradMath.scalar(coefficient);
            double[] values = TensorValues.read(grad);
            for (int i = 0; i < values.length; i++) {
                values[i] = gradMath.mul(values[i], c);
            }
            TensorValues.write(grad, values);
        }
        return total;
    }

    private static TorchException nonFinite(double normType) {
        return TorchException.runtime("The total norm of order " + PythonText.str(normType) + " for gradients from "
                + "`parameters` is non-finite, so it cannot be clipped. To disable this error and scale the gradients "
                + "by the non-finite norm anyway, set `error_if_nonfinite=False`");
    }

    /**
     * The same on an accelerator, as PyTorch computes it there: the norms, the total and the clamped
     * coefficient stay on the device (nothing is read back unless {@code errorIfNonfinite} asks
     * for the check), and each gradient is multiplied by the coefficient in place.
     */
    private static Tensor clipGradNormOnDevice(List<Tensor> grads, double maxNorm, double normType, boolean errorIfNonfinite) {
        List<Tensor> norms = new ArrayList<>();
        for (Tensor grad : grads) {
            norms.add(Statistics.norm(grad, normType, null, false));
        }
        Tensor total = norms.size() == 1 && Double.isInfinite(normType) ? norms.get(0)
                : Statistics.norm(Joins.stack(norms, 0), normType, null, false);
        if (errorIfNonfinite && !Double.isFinite(total.itemAsDouble())) {
            throw nonFinite(normType);
        }
        // max_norm / (total + 1e-6) is Tensor.__rtruediv__: the reciprocal times max_norm.
        Tensor coefficient = Clamping.clampMax(total.add(Scalar.of(1e-6)).unary(UnaryOp.RECIPROCAL).mul(Scalar.of(maxNorm)),
                Scalar.of(1.0));
        for (Tensor grad : grads) {
            grad.copyFrom(grad.mul(coefficient.to(grad.dtype())));
        }
        return total;
    }

    /** {@code clip_grad_value_}: every gradient element clamped into [-clipValue, clipValue]. */
    public static void clipGradValue(List<Tensor> parameters, double clipValue) {
        for (Tensor p : parameters) {
            Tensor grad = p.grad();
            if (grad == null) {
                continue;
            }
            if (!grad.device().isCpu()) {
                grad.copyFrom(Clamping.clamp(grad, Scalar.of(-clipValue), Scalar.of(clipValue)));
                continue;
            }
            ElementArithmetic math = new ElementArithmetic(grad.dtype());
            double high = math.scalar(clipValue);
            double low = math.scalar(-clipValue);
            double[] values = TensorValues.read(grad);
            for (int i = 0; i < values.length; i++) {
                values[i] = Double.isNaN(values[i]) ? values[i] : Math.min(Math.max(values[i], low), high);
            }
            TensorValues.write(grad, values);
        }
    }
}
