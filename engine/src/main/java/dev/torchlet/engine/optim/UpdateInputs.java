package dev.torchlet.engine.optim;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;

/** The steps every update rule shares. */
final class UpdateInputs {
    private UpdateInputs() {
    }

    /** The gradient's values, negated under {@code maximize}. */
    static double[] gradient(Tensor grad, boolean maximize) {
        double[] g = TensorValues.read(grad);
        if (maximize) {
            for (int i = 0; i < g.length; i++) {
                g[i] = -g[i];
            }
        }
        return g;
    }

    /** {@code target.add_(other, alpha=alpha)}: one fused multiply-add per element, as PyTorch's kernel. */
    static void addScaled(ElementArithmetic math, double[] target, double[] other, double alpha) {
        double a = math.scalar(alpha);
        for (int i = 0; i < target.length; i++) {
            target[i] = math.fma(a, other[i], target[i]);
        }
    }

    /** {@code target.addcmul_(t1, t2, value=value)}: {@code (value * t1) * t2 + target}, the last two fused. */
    static void addProduct(ElementArithmetic math, double[] target, double[] t1, double[] t2, double value) {
        double v = math.scalar(value);
        for (int i = 0; i < target.length; i++) {
            target[i] = math.fma(math.mul(v, t1[i]), t2[i], target[i]);
        }
    }

    /** {@code target.addcdiv_(t1, t2, value=value)}: {@code target + (value * t1) / t2}. */
    static void addQuotient(ElementArithmetic math, double[] target, double[] t1, double[] t2, double value) {
        double v = math.scalar(value);
        for (int i = 0; i < target.length; i++) {
            target[i] = math.add(target[i], math.div(math.mul(v, t1[i]), t2[i]));
        }
    }

    /** {@code target.mul_(factor)}. */
    static void scale(ElementArithmetic math, double[] target, double factor) {
        double f = math.scalar(factor);
        for (int i = 0; i < target.length; i++) {
            target[i] = math.mul(target[i], f);
        }
    }
}
