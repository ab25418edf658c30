package dev.torchlet.gpu;

/**
 * The reductions, as a table: the identity each partial starts from, how two partials combine,
 * and how the total becomes the result (mean divides by the count).
 */
public enum ReduceOp {
    SUM("sum", "0.0", "0i", "a + b", false),
    MEAN("mean", "0.0", null, "a + b", true),
    PROD("prod", "1.0", "1i", "a * b", false),
    // The largest finite values stand in for ±infinity, which WGSL cannot write as a literal.
    MAX("max", "-3.4028234663852886e38", "-2147483647i - 1i", "max(a, b)", false),
    MIN("min", "3.4028234663852886e38", "2147483647i", "min(a, b)", false);

    private final String pytorchName;
    private final String floatIdentity;
    private final String intIdentity;
    private final String combine;
    private final boolean dividesByCount;

    ReduceOp(String pytorchName, String floatIdentity, String intIdentity, String combine, boolean dividesByCount) {
        this.pytorchName = pytorchName;
        this.floatIdentity = floatIdentity;
        this.intIdentity = intIdentity;
        this.combine = combine;
        this.dividesByCount = dividesByCount;
    }

    public String pytorchName() {
        return pytorchName;
    }

    /** Sum and mean of bools count in int32 (the engine casts to int64 on the way out). */
    public boolean supports(GpuDType compute) {
        return identity(compute) != null;
    }

    String identity(GpuDType compute) {
        return switch (compute) {
            case FLOAT32 -> floatIdentity;
            case INT32 -> intIdentity;
            case BOOL -> null;
        };
    }

    String combine() {
        return combine;
    }

    boolean dividesByCount() {
        return dividesByCount;
    }

    /** max/min of nothing has no value (PyTorch raises); sum/prod/mean of nothing are 0/1/nan. */
    boolean needsElements() {
        return this == MAX || this == MIN;
    }
}
