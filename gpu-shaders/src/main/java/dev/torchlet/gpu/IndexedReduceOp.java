package dev.torchlet.gpu;

/**
 * The reductions that answer with a position, as a table: {@code max}/{@code min} along a dim give
 * the extreme values and their indices (argmax/argmin are their indices). PyTorch's rule: NaN is
 * the extreme (the first NaN wins), otherwise the first index of the extreme value.
 */
public enum IndexedReduceOp {
    MAX("max", ">"),
    MIN("min", "<");

    private final String pytorchName;
    private final String beats;

    IndexedReduceOp(String pytorchName, String beats) {
        this.pytorchName = pytorchName;
        this.beats = beats;
    }

    public String pytorchName() {
        return pytorchName;
    }

    /** The WGSL comparison operator by which a value {@code b} beats {@code a} ({@code b > a} for max). */
    String beats() {
        return beats;
    }

    /** The entry with this PyTorch name, or null. */
    public static IndexedReduceOp byName(String name) {
        for (IndexedReduceOp op : values()) {
            if (op.pytorchName.equals(name)) {
                return op;
            }
        }
        return null;
    }
}
