package dev.torchlet.engine;

import java.util.function.DoubleUnaryOperator;

/**
 * Element-wise functions of one tensor, each with its scalar rule (computed in double and rounded
 * to the result dtype) and its PyTorch grad_fn name. Integer inputs of transcendental functions
 * give the default float type, as in PyTorch. This table is what a GPU backend will generate
 * its kernels from.
 *
 * <p>Known difference: PyTorch's CPU kernels evaluate float32 transcendental functions with
 * SLEEF's vectorised approximations (within 1 ULP), while these round the exact double result;
 * a float32 {@code exp}/{@code log}/{@code sin}… can therefore differ from PyTorch's in the last
 * bit (e.g. {@code exp(4.0)}: PyTorch prints 54.5982, Torchlet 54.5981).
 */
public enum UnaryOp {
    EXP("exp", "ExpBackward0", true, Math::exp),
    LOG("log", "LogBackward0", true, Math::log),
    SIN("sin", "SinBackward0", true, Math::sin),
    COS("cos", "CosBackward0", true, Math::cos),
    SQRT("sqrt", "SqrtBackward0", true, Math::sqrt),
    TANH("tanh", "TanhBackward0", true, PlatformMath::tanh),
    SIGMOID("sigmoid", "SigmoidBackward0", true, x -> 1.0 / (1.0 + Math.exp(-x))),
    // NaN propagates; negatives (and -0.0) become +0.0, as PyTorch's relu gives.
    RELU("relu", "ReluBackward0", false, x -> Double.isNaN(x) || x > 0 ? x : 0.0),
    ABS("abs", "AbsBackward0", false, Math::abs),
    SIGN("sign", "SignBackward0", false, Math::signum),
    // Issue #3 additions (grouped): more of PyTorch's element-wise functions.
    RECIPROCAL("reciprocal", "ReciprocalBackward0", true, x -> 1.0 / x),
    RSQRT("rsqrt", "RsqrtBackward0", true, x -> 1.0 / Math.sqrt(x)),
    EXPM1("expm1", "Expm1Backward0", true, PlatformMath::expm1),
    LOG1P("log1p", "Log1PBackward0", true, PlatformMath::log1p),
    LOG2("log2", "Log2Backward0", true, x -> Math.log(x) / Math.log(2)),
    LOG10("log10", "Log10Backward0", true, PlatformMath::log10),
    TAN("tan", "TanBackward0", true, Math::tan),
    ASIN("asin", "AsinBackward0", true, Math::asin),
    ACOS("acos", "AcosBackward0", true, Math::acos),
    ATAN("atan", "AtanBackward0", true, Math::atan),
    SINH("sinh", "SinhBackward0", true, PlatformMath::sinh),
    COSH("cosh", "CoshBackward0", true, PlatformMath::cosh),
    ERF("erf", "ErfBackward0", true, SpecialFunctions::erf),
    // Rounding keeps integer dtypes (where it is the identity).
    FLOOR("floor", "FloorBackward0", false, Math::floor),
    CEIL("ceil", "CeilBackward0", false, Math::ceil),
    ROUND("round", "RoundBackward0", false, SpecialFunctions::roundHalfEven),
    TRUNC("trunc", "TruncBackward0", false, SpecialFunctions::trunc),
    FRAC("frac", "FracBackward0", false, x -> x - SpecialFunctions.trunc(x));

    private final String pytorchName;
    private final String gradFnName;
    private final boolean floatingResult;
    private final DoubleUnaryOperator function;

    UnaryOp(String pytorchName, String gradFnName, boolean floatingResult, DoubleUnaryOperator function) {
        this.pytorchName = pytorchName;
        this.gradFnName = gradFnName;
        this.floatingResult = floatingResult;
        this.function = function;
    }

    public String pytorchName() {
        return pytorchName;
    }

    String gradFnName() {
        return gradFnName;
    }

    double apply(double x) {
        return function.applyAsDouble(x);
    }

    DType resultType(DType input) {
        return floatingResult && !input.isFloatingPoint() ? Torch.getDefaultDtype() : input;
    }
}
