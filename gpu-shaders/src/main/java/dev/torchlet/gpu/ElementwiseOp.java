package dev.torchlet.gpu;

/**
 * The one table of element-wise operations the WGSL kernels are generated from. Names are the
 * engine's (UnaryOp/BinaryOp pytorchName) and PyTorch's. Each entry gives its WGSL body per
 * compute type, as an expression in its operands {@code a} (, {@code b}, {@code c}) — all loaded
 * as the compute type —, or null where PyTorch has no such
 * op for that type (the caller promotes first, e.g. exp of an int tensor computes in float32).
 *
 * <p>WGSL leaves NaN handling to the implementation (a driver may assume no NaNs), so NaN
 * propagation through relu/maximum/minimum is not guaranteed on every GPU.
 */
public enum ElementwiseOp {
    // Unary. "identity" is copy/cast: loading converts the input dtype, storing converts to the output's.
    IDENTITY("identity", 1, false, "a", "a", "a"),
    NEG("neg", 1, false, "-a", "-a", null),
    EXP("exp", 1, false, "exp(a)", null, null),
    LOG("log", 1, false, "log_f32(a)", null, null),
    SIN("sin", 1, false, "sincos_reduced(a, false)", null, null),
    COS("cos", 1, false, "sincos_reduced(a, true)", null, null),
    SQRT("sqrt", 1, false, "sqrt(a)", null, null),
    // exp(-2|a|) never overflows, unlike a driver's tanh built from exp(2a) for large |a|.
    TANH("tanh", 1, false, "sign(a) * (1.0 - exp(-2.0 * abs(a))) / (1.0 + exp(-2.0 * abs(a)))", null, null),
    SIGMOID("sigmoid", 1, false, "1.0 / (1.0 + exp(-a))", null, null),
    RELU("relu", 1, false, "max(a, 0.0)", "max(a, 0i)", null),
    ABS("abs", 1, false, "abs(a)", "abs(a)", "a"),
    SIGN("sign", 1, false, "sign(a)", "select(select(0i, -1i, a < 0i), 1i, a > 0i)", "a"),
    FLOOR("floor", 1, false, "floor(a)", "a", null),
    CEIL("ceil", 1, false, "ceil(a)", "a", null),
    RECIPROCAL("reciprocal", 1, false, "1.0 / a", null, null),
    SQUARE("square", 1, false, "a * a", "a * a", null),
    LOGICAL_NOT("logical_not", 1, true, "a == 0.0", "a == 0i", "!a"),
    RSQRT("rsqrt", 1, false, "inverseSqrt(a)", null, null),
    EXPM1("expm1", 1, false, "expm1_f32(a)", null, null),
    LOG1P("log1p", 1, false, "log1p_f32(a)", null, null),
    LOG2("log2", 1, false, "log2(a)", null, null),
    LOG10("log10", 1, false, "log_f32(a) * 0.4342944819032518", null, null),
    TAN("tan", 1, false, "sincos_reduced(a, false) / sincos_reduced(a, true)", null, null),
    ASIN("asin", 1, false, "atan2_f32(a, sqrt((1.0 - a) * (1.0 + a)))", null, null),
    ACOS("acos", 1, false, "atan2_f32(sqrt((1.0 - a) * (1.0 + a)), a)", null, null),
    ATAN("atan", 1, false, "atan_f32(a)", null, null),
    SINH("sinh", 1, false, "sinh_f32(a)", null, null),
    COSH("cosh", 1, false, "0.5 * (exp(a) + exp(-a))", null, null),
    ERF("erf", 1, false, "erf_f32(a)", null, null),
    // WGSL's round() rounds half to even, as PyTorch's does.
    ROUND("round", 1, false, "round(a)", "a", null),
    TRUNC("trunc", 1, false, "trunc(a)", "a", null),
    FRAC("frac", 1, false, "a - trunc(a)", null, null),

    // Binary. PyTorch's bool add/mul are logical or/and.
    ADD("add", 2, false, "a + b", "a + b", "a || b"),
    SUB("sub", 2, false, "a - b", "a - b", null),
    MUL("mul", 2, false, "a * b", "a * b", "a && b"),
    DIV("div", 2, false, "a / b", null, null),
    POW("pow", 2, false, "pow_f32(a, b)", "pow_i32(a, b)", null),
    MAXIMUM("maximum", 2, false, "max(a, b)", "max(a, b)", "a || b"),
    MINIMUM("minimum", 2, false, "min(a, b)", "min(a, b)", "a && b"),
    ATAN2("atan2", 2, false, "atan2_f32(a, b)", null, null),
    // WGSL's % is C's fmod (truncated) for floats and ints; integer division by zero is rejected before dispatch.
    FMOD("fmod", 2, false, "a % b", "a % b", null),
    REMAINDER("remainder", 2, false, "remainder_f32(a, b)", "remainder_i32(a, b)", null),
    FLOOR_DIVIDE("floor_divide", 2, false, "floor_divide_f32(a, b)", "floor_divide_i32(a, b)", null),
    EQ("eq", 2, true, "a == b", "a == b", "a == b"),
    NE("ne", 2, true, "a != b", "a != b", "a != b"),
    LT("lt", 2, true, "a < b", "a < b", "!a && b"),
    LE("le", 2, true, "a <= b", "a <= b", "!a || b"),
    GT("gt", 2, true, "a > b", "a > b", "a && !b"),
    GE("ge", 2, true, "a >= b", "a >= b", "a || !b"),
    LOGICAL_AND("logical_and", 2, true, "a != 0.0 && b != 0.0", "a != 0i && b != 0i", "a && b"),
    LOGICAL_OR("logical_or", 2, true, "a != 0.0 || b != 0.0", "a != 0i || b != 0i", "a || b"),
    LOGICAL_XOR("logical_xor", 2, true, "(a != 0.0) != (b != 0.0)", "(a != 0i) != (b != 0i)", "a != b"),
    // Bitwise ops (& | ^ ~) exist for integers and bools only, as in PyTorch; on bools they are the logical ones.
    BITWISE_AND("bitwise_and", 2, false, null, "a & b", "a && b"),
    BITWISE_OR("bitwise_or", 2, false, null, "a | b", "a || b"),
    BITWISE_XOR("bitwise_xor", 2, false, null, "a ^ b", "a != b"),
    BITWISE_NOT("bitwise_not", 1, false, null, "~a", "!a"),

    // Ternary. torch.where: the (bool) condition a, loaded as the compute type, picks b where it holds, else c.
    // select() moves bits, so NaN and infinities pass through unchanged.
    WHERE("where", 3, false, "select(c, b, a != 0.0)", "select(c, b, a != 0i)", "select(c, b, a)");

    private final String pytorchName;
    private final int arity;
    private final boolean boolResult;
    private final String floatBody;
    private final String intBody;
    private final String boolBody;

    ElementwiseOp(String pytorchName, int arity, boolean boolResult, String floatBody, String intBody, String boolBody) {
        this.pytorchName = pytorchName;
        this.arity = arity;
        this.boolResult = boolResult;
        this.floatBody = floatBody;
        this.intBody = intBody;
        this.boolBody = boolBody;
    }

    public String pytorchName() {
        return pytorchName;
    }

    public int arity() {
        return arity;
    }

    /** Comparisons and logical ops give bool whatever they compute in. */
    public boolean hasBoolResult() {
        return boolResult;
    }

    /** The dtype the result has when the op computes in {@code compute}. */
    public GpuDType resultType(GpuDType compute) {
        return boolResult ? GpuDType.BOOL : compute;
    }

    public boolean supports(GpuDType compute) {
        return body(compute) != null;
    }

    /** The WGSL expression for {@code compute}, or null where the op has none. */
    String body(GpuDType compute) {
        return switch (compute) {
            case FLOAT32 -> floatBody;
            case INT32 -> intBody;
            case BOOL -> boolBody;
        };
    }

    /** The entry with this PyTorch name, or null. */
    public static ElementwiseOp byName(String name) {
        for (ElementwiseOp op : values()) {
            if (op.pytorchName.equals(name)) {
                return op;
            }
        }
        return null;
    }
}
