package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;

/**
 * Element-wise {@code sgn}, {@code signbit}, {@code deg2rad}/{@code rad2deg} and {@code hypot},
 * composed of existing element-wise ops (so they run on every device) under PyTorch's grad_fn names.
 */
public final class SignsAndAngles {
    private SignsAndAngles() {
    }

    /** {@code sgn}: sign for real numbers; its gradient is zero (PyTorch's complex formula reduces to 0). */
    public static Tensor sgn(Tensor t) {
        Tensor r = t.detach().unary(UnaryOp.SIGN);
        return Graph.record(r, "SgnBackward0", g -> new Tensor[] {g.mul(Scalar.of(0L))}, t);
    }

    /** {@code signbit}: whether the sign bit is set, -0.0 included (seen as 1 / -0.0 = -inf). */
    public static Tensor signbit(Tensor t) {
        Tensor x = t.detach();
        Tensor negative = Comparisons.compare(Comparisons.Comparison.LT, x, Scalar.of(0L));
        if (!x.dtype().isFloatingPoint()) {
            return negative;
        }
        Tensor negativeZero = Comparisons.logical(Comparisons.Logical.AND, Comparisons.compare(Comparisons.Comparison.EQ, x, Scalar.of(0L)),
                Comparisons.compare(Comparisons.Comparison.LT, x.rdiv(Scalar.of(1L)), Scalar.of(0L)));
        return Comparisons.logical(Comparisons.Logical.OR, negative, negativeZero);
    }

    public static Tensor deg2rad(Tensor t) {
        return scaled(t, Math.PI / 180, "Deg2RadBackward0");
    }

    public static Tensor rad2deg(Tensor t) {
        return scaled(t, 180 / Math.PI, "Rad2DegBackward0");
    }

    private static Tensor scaled(Tensor t, double factor, String gradFn) {
        Tensor r = LogsAndPowers.floating(t.detach()).mul(Scalar.of(factor));
        return Graph.record(r, gradFn, g -> new Tensor[] {g.mul(Scalar.of(factor))}, t);
    }

    /** {@code hypot(a, b)}: √(a² + b²). */
    public static Tensor hypot(Tensor a, Tensor b) {
        if (!a.dtype().isFloatingPoint() || !b.dtype().isFloatingPoint()) {
            DType type = TypePromotion.promote(a.dtype(), b.dtype());
            throw TorchException.runtime("\"hypot_cpu\" not implemented for '" + ShapeOps.typeName(type) + "'");
        }
        Tensor x = a.detach();
        Tensor y = b.detach();
        Tensor r = x.mul(x).add(y.mul(y)).unary(UnaryOp.SQRT);
        return Graph.record(r, "HypotBackward0", new Tensor[] {a, b, r}, g -> new Tensor[] {
            Derivatives.sumToShape(g.mul(a).div(r), a.shape()), Derivatives.sumToShape(g.mul(b).div(r), b.shape())}, a, b);
    }
}
