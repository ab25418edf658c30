package dev.torchlet.engine.format;

/** Shapes as Python writes them: {@code (0, 3)}, {@code (5,)}, and {@code torch.Size([2, 3])}. */
public final class SizeText {
    private SizeText() {
    }

    public static String tuple(long[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        if (shape.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    public static String torchSize(long[] shape) {
        StringBuilder sb = new StringBuilder("torch.Size([");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        return sb.append("])").toString();
    }
}
