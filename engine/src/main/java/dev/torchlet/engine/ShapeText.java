package dev.torchlet.engine;

/** Shapes as PyTorch writes them in messages: {@code [2, 3]}. */
public final class ShapeText {
    private ShapeText() {
    }

    public static String list(long[] shape) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        return sb.append(']').toString();
    }
}
