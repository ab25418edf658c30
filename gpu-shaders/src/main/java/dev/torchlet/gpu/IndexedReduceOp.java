package dev.torchlet.gpu;

/**
 * The reductions that answer with a position, as a table: {@code max}/{@code min} along a dim
 * give the extreme values and their indices, {@code argmax}/{@code argmin} only the indices.
 * PyTorch's rule for all four: NaN is the extreme (the first NaN wins), otherwise the first index
 * of the extreme value.
 */
public enum IndexedReduceOp {
    MAX("max", true, ">"),
    MIN("min", true, "<"),
    ARGMAX("argmax", false, ">"),
    ARGMIN("argmin", false, "<");

    private final String pytorchName;
    private final boolean writesValues;
    private final String beats;

    IndexedReduceOp(String pytorchName, boolean writesValues, String beats) {
        this.pytorchName = pytorchName;
        this.writesValues = writesValues;
        this.beats = beats;
    }

    public String pytorchName() {
        return pytorchName;
    }

    /** max/min write the values as well as the indices; argmax/argmin only the indices. */
    public boolean writesValues() {
        return writesValues;
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
