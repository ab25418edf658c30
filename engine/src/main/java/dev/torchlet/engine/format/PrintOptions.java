package dev.torchlet.engine.format;

/** {@code torch.set_printoptions}: the settings tensor printing reads, with PyTorch's defaults. */
public final class PrintOptions {
    private static int precision = 4;
    private static long threshold = 1000;
    private static int edgeItems = 3;
    private static int lineWidth = 80;

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

    public static void set(int newPrecision, long newThreshold, int newEdgeItems, int newLineWidth) {
        precision = newPrecision;
        threshold = newThreshold;
        edgeItems = newEdgeItems;
        lineWidth = newLineWidth;
    }
}
