package dev.torchlet.gpu;

/** The {@code reduction=} of PyTorch's losses: one value per sample, their sum, or their (weighted) mean. */
public enum LossReduction {
    NONE("none"),
    SUM("sum"),
    MEAN("mean");

    private final String pytorchName;

    LossReduction(String pytorchName) {
        this.pytorchName = pytorchName;
    }

    public String pytorchName() {
        return pytorchName;
    }

    /** The entry with this PyTorch name, or null. */
    public static LossReduction byName(String name) {
        for (LossReduction reduction : values()) {
            if (reduction.pytorchName.equals(name)) {
                return reduction;
            }
        }
        return null;
    }
}
