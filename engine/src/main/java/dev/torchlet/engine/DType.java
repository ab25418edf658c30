package dev.torchlet.engine;

/**
 * The element types a tensor can hold, named and ordered like PyTorch's.
 * The order of the constants is the promotion lattice's category order only loosely;
 * promotion itself lives in {@code TypePromotion}.
 */
public enum DType {
    BOOL("bool", 1, false, false),
    UINT8("uint8", 1, false, true),
    INT32("int32", 4, false, true),
    INT64("int64", 8, false, true),
    FLOAT32("float32", 4, true, false),
    FLOAT64("float64", 8, true, false);

    private final String pytorchName;
    private final int itemSize;
    private final boolean floatingPoint;
    private final boolean integral;

    DType(String pytorchName, int itemSize, boolean floatingPoint, boolean integral) {
        this.pytorchName = pytorchName;
        this.itemSize = itemSize;
        this.floatingPoint = floatingPoint;
        this.integral = integral;
    }

    /** The name after {@code torch.}, e.g. {@code float32}. */
    public String pytorchName() {
        return pytorchName;
    }

    /** How PyTorch prints the dtype object, e.g. {@code torch.float32}. */
    public String repr() {
        return "torch." + pytorchName;
    }

    public int itemSize() {
        return itemSize;
    }

    public boolean isFloatingPoint() {
        return floatingPoint;
    }

    /** True for the integer types; false for bool and floating point, as in PyTorch's {@code is_integral(includeBool=false)}. */
    public boolean isIntegral() {
        return integral;
    }
}
