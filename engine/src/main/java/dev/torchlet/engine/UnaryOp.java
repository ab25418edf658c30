package dev.torchlet.engine;

import java.util.function.DoubleUnaryOperator;

/**
 * Element-wise functions of one tensor, each declared once: its PyTorch name, grad_fn name, result
 * dtype rule, scalar rule (the CPU kernel: computed in double and rounded to the result dtype),
 * what its backward saves, and its derivative in tensor ops (so it runs on every device and can be
 * differentiated again). Integer inputs of transcendental functions give the default float type,
 * as in PyTorch. The GPU kernels are generated from the WGSL table keyed by the same names
 * ({@code gpu-shaders} ElementwiseOp; a test checks that every entry here has one).
 *
 * <p>Known difference: PyTorch's CPU kernels evaluate float32 transcendental functions with
 * SLEEF's vectorised approximations (within 1 ULP), while these round the exact double result;
 * a float32 {@code exp}/{@code log}/{@code sin}… can therefore differ from PyTorch's in the last
 * bit (e.g. {@code exp(4.0)}: PyTorch prints 54.5982, Torchlet 54.5981).
 */
public enum UnaryOp {
    EXP("exp", "ExpBackward0", true, Math::exp, Saved.RESULT, (g, r, x) -> g.mul(r)),
    LOG("log", "LogBackward0", true, Math::log, Saved.INPUT, (g, r, x) -> g.div(x)),
    SIN("sin", "SinBackward0", true, Math::sin, Saved.INPUT, (g, r, x) -> g.mul(Applied.cos(x))),
    COS("cos", "CosBackward0", true, Math::cos, Saved.INPUT, (g, r, x) -> g.neg().mul(Applied.sin(x))),
    SQRT("sqrt", "SqrtBackward0", true, Math::sqrt, Saved.RESULT, (g, r, x) -> g.div(r.mul(Scalar.of(2L)))),
    TANH("tanh", "TanhBackward0", true, PlatformMath::tanh, Saved.RESULT, (g, r, x) -> g.mul(r.mul(r).rsub(Scalar.of(1L)))),
    SIGMOID("sigmoid", "SigmoidBackward0", true, x -> 1.0 / (1.0 + Math.exp(-x)), Saved.RESULT,
            (g, r, x) -> g.mul(r).mul(r.rsub(Scalar.of(1L)))),
    // NaN propagates; negatives (and -0.0) become +0.0, as PyTorch's relu gives.
    RELU("relu", "ReluBackward0", false, x -> Double.isNaN(x) || x > 0 ? x : 0.0, Saved.RESULT,
            (g, r, x) -> g.mul(Applied.sign(r))),
    ABS("abs", "AbsBackward0", false, Math::abs, Saved.INPUT, (g, r, x) -> g.mul(Applied.sign(x))),
    SIGN("sign", "SignBackward0", false, Math::signum, Saved.NOTHING, UnaryOp::zeroGradient),
    // Issue #3 additions (grouped): more of PyTorch's element-wise functions.
    RECIPROCAL("reciprocal", "ReciprocalBackward0", true, x -> 1.0 / x, Saved.RESULT, (g, r, x) -> g.neg().mul(r).mul(r)),
    RSQRT("rsqrt", "RsqrtBackward0", true, x -> 1.0 / Math.sqrt(x), Saved.RESULT,
            (g, r, x) -> g.mul(r.pow(Scalar.of(3L))).mul(Scalar.of(-0.5))),
    EXPM1("expm1", "Expm1Backward0", true, PlatformMath::expm1, Saved.RESULT, (g, r, x) -> g.mul(r.add(Scalar.of(1L)))),
    LOG1P("log1p", "Log1PBackward0", true, PlatformMath::log1p, Saved.INPUT, (g, r, x) -> g.div(x.add(Scalar.of(1L)))),
    LOG2("log2", "Log2Backward0", true, x -> Math.log(x) / Math.log(2), Saved.INPUT,
            (g, r, x) -> g.div(x.mul(Scalar.of(Math.log(2))))),
    LOG10("log10", "Log10Backward0", true, PlatformMath::log10, Saved.INPUT, (g, r, x) -> g.div(x.mul(Scalar.of(Math.log(10))))),
    TAN("tan", "TanBackward0", true, Math::tan, Saved.RESULT, (g, r, x) -> g.mul(r.mul(r).add(Scalar.of(1L)))),
    ASIN("asin", "AsinBackward0", true, Math::asin, Saved.INPUT,
            (g, r, x) -> g.div(Applied.sqrt(x.mul(x).rsub(Scalar.of(1L))))),
    ACOS("acos", "AcosBackward0", true, Math::acos, Saved.INPUT,
            (g, r, x) -> g.neg().div(Applied.sqrt(x.mul(x).rsub(Scalar.of(1L))))),
    ATAN("atan", "AtanBackward0", true, Math::atan, Saved.INPUT, (g, r, x) -> g.div(x.mul(x).add(Scalar.of(1L)))),
    SINH("sinh", "SinhBackward0", true, PlatformMath::sinh, Saved.INPUT, (g, r, x) -> g.mul(Applied.cosh(x))),
    COSH("cosh", "CoshBackward0", true, PlatformMath::cosh, Saved.INPUT, (g, r, x) -> g.mul(Applied.sinh(x))),
    ERF("erf", "ErfBackward0", true, SpecialFunctions::erf, Saved.INPUT,
            (g, r, x) -> g.mul(Applied.exp(x.mul(x).neg())).mul(Scalar.of(2 / Math.sqrt(Math.PI)))),
    // Rounding keeps integer dtypes (where it is the identity); its gradient is zero.
    FLOOR("floor", "FloorBackward0", false, Math::floor, Saved.NOTHING, UnaryOp::zeroGradient),
    CEIL("ceil", "CeilBackward0", false, Math::ceil, Saved.NOTHING, UnaryOp::zeroGradient),
    ROUND("round", "RoundBackward0", false, SpecialFunctions::roundHalfEven, Saved.NOTHING, UnaryOp::zeroGradient),
    TRUNC("trunc", "TruncBackward0", false, SpecialFunctions::trunc, Saved.NOTHING, UnaryOp::zeroGradient),
    FRAC("frac", "FracBackward0", false, x -> x - SpecialFunctions.trunc(x), Saved.NOTHING, (g, r, x) -> g);

    /** What the backward reads, as PyTorch saves it: the input, the result, or neither. */
    enum Saved {
        INPUT, RESULT, NOTHING
    }

    /** The gradient by the input, from the incoming gradient {@code g}, the result {@code r} and the input {@code x}. */
    @FunctionalInterface
    interface Gradient {
        Tensor of(Tensor g, Tensor r, Tensor x);
    }

    private static Tensor zeroGradient(Tensor g, Tensor r, Tensor x) {
        return g.mul(Scalar.of(0L));
    }

    /** The functions the derivatives above apply (an enum's constants cannot name later constants in their arguments). */
    private static final class Applied {
        static Tensor cos(Tensor x) {
            return x.unary(COS);
        }

        static Tensor sin(Tensor x) {
            return x.unary(SIN);
        }

        static Tensor sign(Tensor x) {
            return x.unary(SIGN);
        }

        static Tensor sqrt(Tensor x) {
            return x.unary(SQRT);
        }

        static Tensor cosh(Tensor x) {
            return x.unary(COSH);
        }

        static Tensor sinh(Tensor x) {
            return x.unary(SINH);
        }

        static Tensor exp(Tensor x) {
            return x.unary(EXP);
        }
    }

    private final String pytorchName;
    private final String gradFnName;
    private final boolean floatingResult;
    private final DoubleUnaryOperator function;
    private final Saved saved;
    private final Gradient gradient;

    UnaryOp(String pytorchName, String gradFnName, boolean floatingResult, DoubleUnaryOperator function, Saved saved,
            Gradient gradient) {
        this.pytorchName = pytorchName;
        this.gradFnName = gradFnName;
        this.floatingResult = floatingResult;
        this.function = function;
        this.saved = saved;
        this.gradient = gradient;
    }

    public String pytorchName() {
        return pytorchName;
    }

    String gradFnName() {
        return gradFnName;
    }

    Saved saved() {
        return saved;
    }

    Tensor gradient(Tensor g, Tensor result, Tensor input) {
        return gradient.of(g, result, input);
    }

    double apply(double x) {
        return function.applyAsDouble(x);
    }

    DType resultType(DType input) {
        return floatingResult && !input.isFloatingPoint() ? Torch.getDefaultDtype() : input;
    }
}
