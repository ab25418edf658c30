package dev.torchlet.engine.optim;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Float32;
import dev.torchlet.engine.Float64;

/**
 * The arithmetic of PyTorch's CPU element-wise kernels for one floating dtype, as the update rules
 * need it to reproduce PyTorch's results bit for bit. Values travel as doubles; for float32 every
 * operation is rounded to float after it (a product, quotient, sum or square root of floats done
 * in double and rounded once is the correctly rounded float result). PyTorch's AVX2 kernels fuse
 * {@code add(other, alpha)} and {@code addcmul} into a multiply-add with one rounding; {@link #fma}
 * reproduces that (Java's Math.fma is not available under TeaVM): by {@link Float32#fma} and
 * {@link Float64#fma}.
 */
final class ElementArithmetic {
    private final boolean single;

    ElementArithmetic(DType dtype) {
        this.single = dtype == DType.FLOAT32;
    }

    /** A Python number as the kernel sees it: cast to the tensor's dtype. */
    double scalar(double value) {
        return round(value);
    }

    double round(double value) {
        return single ? Float32.round(value) : value;
    }

    double add(double a, double b) {
        return round(a + b);
    }

    double mul(double a, double b) {
        return round(a * b);
    }

    double div(double a, double b) {
        return round(a / b);
    }

    double sqrt(double a) {
        return round(Math.sqrt(a));
    }

    /** {@code a * b + c} with one rounding (float32), as PyTorch's vectorised kernels compute it. */
    double fma(double a, double b, double c) {
        if (!single) {
            return Float64.fma(a, b, c);
        }
        return Float32.fma(a, b, c);
    }
}
