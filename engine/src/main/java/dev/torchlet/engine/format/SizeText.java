package dev.torchlet.engine.format;

/** Shapes as PyTorch and Python write them: {@code [2, 3]}, {@code (0, 3)}, {@code (5,)}, {@code torch.Size([2, 3])}. */
public final class SizeText {
    private SizeText() {
    }

    /** {@code [2, 3]}, as in PyTorch's error messages. */
    public static String list(long[] shape) {
        return "[" + joined(shape) + "]";
    }

    /** A Python tuple: {@code (0, 3)}, with the one-element comma {@code (5,)}. */
    public static String tuple(long[] shape) {
        return "(" + joined(shape) + (shape.length == 1 ? ",)" : ")");
    }

    public static String torchSize(long[] shape) {
        return "torch.Size(" + list(shape) + ")";
    }

    private static String joined(long[] shape) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        return sb.toString();
    }
}
