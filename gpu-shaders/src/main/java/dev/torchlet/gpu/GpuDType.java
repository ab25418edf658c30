package dev.torchlet.gpu;

/**
 * The element types a GPU buffer holds. WGSL has no 8- or 64-bit integers in storage buffers, so
 * bool is stored as one u32 word per element (0 or 1) and computed as WGSL {@code bool}; int64
 * tensors are not stored on the GPU yet (see README: the backend narrows them or keeps them on
 * the CPU).
 */
public enum GpuDType {
    FLOAT32("f32", "f32"),
    INT32("i32", "i32"),
    BOOL("u32", "bool");

    private final String storageType;
    private final String computeType;

    GpuDType(String storageType, String computeType) {
        this.storageType = storageType;
        this.computeType = computeType;
    }

    /** The WGSL type of one element in a storage buffer. */
    public String storageType() {
        return storageType;
    }

    /** The WGSL type arithmetic is done in. */
    public String computeType() {
        return computeType;
    }

    /** Bytes per element in a buffer: every GPU dtype is one 32-bit word. */
    public int byteSize() {
        return 4;
    }

    /** PyTorch's promotion among the GPU dtypes: bool &lt; int32 &lt; float32. */
    public static GpuDType promote(GpuDType a, GpuDType b) {
        return a.ordinal() < b.ordinal() ? a : b;
    }

    /** A WGSL expression converting {@code expr}, a value of {@code from}'s compute type, to {@code to}'s compute type. */
    static String computeToCompute(String expr, GpuDType from, GpuDType to) {
        if (from == to) {
            return expr;
        }
        if (from == BOOL) {
            return to == FLOAT32 ? "select(0.0, 1.0, " + expr + ")" : "select(0i, 1i, " + expr + ")";
        }
        if (to == BOOL) {
            return "(" + expr + " != " + from.zero() + ")";
        }
        return to.computeType + "(" + expr + ")";
    }

    /** A WGSL expression turning a stored element into this dtype's compute value, then into {@code compute}'s. */
    String loadAs(String storedExpr, GpuDType compute) {
        String value = this == BOOL ? "(" + storedExpr + " != 0u)" : storedExpr;
        return computeToCompute(value, this, compute);
    }

    /** A WGSL expression turning a compute value of {@code from} into this dtype's stored element. */
    String storeFrom(String computeExpr, GpuDType from) {
        String value = computeToCompute(computeExpr, from, this);
        return this == BOOL ? "select(0u, 1u, " + value + ")" : value;
    }

    /** The zero literal of the compute type. */
    String zero() {
        return switch (this) {
            case FLOAT32 -> "0.0";
            case INT32 -> "0i";
            case BOOL -> "false";
        };
    }
}
