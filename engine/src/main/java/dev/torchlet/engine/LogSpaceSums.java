package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;
import java.util.ArrayList;
import java.util.List;

/**
 * Sums of exponentials kept in log space: {@code logaddexp} (log(e^a + e^b)), {@code logaddexp2}
 * (base 2) and {@code logcumsumexp}, each as max + log1p(exp(-|a - b|)) so nothing overflows, and
 * equal infinities give themselves (as PyTorch does) rather than NaN.
 */
public final class LogSpaceSums {
    private LogSpaceSums() {
    }

    private static final double LN2 = Math.log(2);

    public static Tensor logaddexp(Tensor a, Tensor b) {
        requireFloating(TypePromotion.promote(a.dtype(), b.dtype()), "logaddexp_cpu");
        Tensor r = combine(a.detach(), b.detach(), false);
        return Graph.record(r, "LogaddexpBackward0", new Tensor[] {a, b}, g -> new Tensor[] {
            Derivatives.sumToShape(g.div(b.sub(a).unary(UnaryOp.EXP).add(Scalar.of(1L))), a.shape()),
            Derivatives.sumToShape(g.div(a.sub(b).unary(UnaryOp.EXP).add(Scalar.of(1L))), b.shape())}, a, b);
    }

    public static Tensor logaddexp2(Tensor a, Tensor b) {
        requireFloating(TypePromotion.promote(a.dtype(), b.dtype()), "logaddexp2_cpu");
        Tensor r = combine(a.detach(), b.detach(), true);
        Scalar two = Scalar.of(2.0);
        return Graph.record(r, "Logaddexp2Backward0", new Tensor[] {a, b}, g -> new Tensor[] {
            Derivatives.sumToShape(g.div(b.sub(a).rpow(two).add(Scalar.of(1L))), a.shape()),
            Derivatives.sumToShape(g.div(a.sub(b).rpow(two).add(Scalar.of(1L))), b.shape())}, a, b);
    }

    /** {@code logcumsumexp(dim)}: log Σ_{j≤i} exp(x_j) along {@code dim}, one slice at a time. */
    public static Tensor logcumsumexp(Tensor t, int dim) {
        int d = Dims.wrap(dim, t.dim());
        requireFloating(t.dtype(), "logcumsumexp_out_cpu");
        Tensor x = t.dim() == 0 ? t.detach().reshape(1) : t.detach();
        Tensor r;
        if (x.size(d) == 0) {
            r = x.clone();
        } else {
            List<Tensor> slices = new ArrayList<>();
            Tensor running = x.select(d, 0);
            slices.add(running);
            for (long k = 1; k < x.size(d); k++) {
                running = combine(running, x.select(d, k), false);
                slices.add(running);
            }
            r = Joins.stack(slices, d);
        }
        Tensor result = r.reshape(t.shape());
        return Graph.record(result, "LogcumsumexpBackward0", new Tensor[] {t, result}, g -> {
            // d r_i / d x_j = exp(x_j - r_i) for j ≤ i: exp(x_j) times a reversed cumulative sum of g_i exp(-r_i).
            if (t.dim() == 0) {
                return new Tensor[] {g};
            }
            Tensor weighted = g.mul(result.neg().unary(UnaryOp.EXP));
            Tensor tail = ShapeOps.flip(Scans.cumsum(ShapeOps.flip(weighted, d), d), d);
            return new Tensor[] {tail.mul(t.unary(UnaryOp.EXP))};
        }, t);
    }

    /** PyTorch's CPU kernels exist for floating dtypes only; its error names the kernel. */
    private static void requireFloating(DType type, String kernel) {
        if (!type.isFloatingPoint()) {
            throw TorchException.runtime("\"" + kernel + "\" not implemented for '" + ShapeOps.typeName(type) + "'");
        }
    }

    /** max(a, b) + log1p(exp(-|a - b|)) (base 2 when asked), and a itself where a and b are the same infinity. */
    private static Tensor combine(Tensor a, Tensor b, boolean base2) {
        Tensor larger = ElementwiseOps.binary(BinaryOp.MAXIMUM, a, b);
        Tensor gap = a.sub(b).unary(UnaryOp.ABS).neg();
        Tensor r = base2 ? larger.add(gap.rpow(Scalar.of(2.0)).unary(UnaryOp.LOG1P).div(Scalar.of(LN2)))
                : larger.add(gap.unary(UnaryOp.EXP).unary(UnaryOp.LOG1P));
        Tensor sameInfinity = Comparisons.logical(Comparisons.Logical.AND, FloatChecks.isinf(a), Comparisons.eq(a, b));
        return Torch.where(sameInfinity, a.to(r.dtype()), r);
    }
}
