package dev.torchlet.engine.format;

/** {@code torch.set_printoptions}: the settings tensor printing reads, with PyTorch's defaults. */
public final class PrintOptions {
    private static int precision = 4;
    private static long threshold = 1000;
    private static int edgeItems = 3;
    private static int lineWidth = 80;
    /** {@code sci_mode}: null lets each tensor choose (PyTorch's default), else always/never scientific. */
    private static Boolean sciMode;

    private PrintOptions() {
    }

    public static int precision() {
        return precision;
    }

    public static long threshold() {
        return threshold;
    }

    public static int edgeItems() {
        return edgeItems;
    }

    public static int lineWidth() {
        return lineWidth;
    }

    public static Boolean sciMode() {
        return sciMode;
    }

    /** Like PyTorch, every {@code set_printoptions} call sets sci_mode (None when not given). */
    public static void setSciMode(Boolean newSciMode) {
        sciMode = newSciMode;
    }

    public static void set(int newPrecision, long newThreshold, int newEdgeItems, int newLineWidth) {
        precision = newPrecision;
        threshold = newThreshold;
        edgeItems = newEdgeItems;
        lineWidth = newLineWidth;
    }
}
