package dev.torchlet.gpu;

/**
 * Softmax and log-softmax along one dim, as a table of WGSL expressions. Forward: both take the
 * row's max {@code rowMax} and {@code rowSum = sum(exp(x - rowMax))} (numerically stable), then
 * write their value of {@code x}. Backward, given the forward output {@code y} and the incoming
 * gradient {@code g}: one row sum of {@link #backwardTerm()}, then the gradient
 * (softmax: {@code y * (g - sum(g * y))}; log-softmax: {@code g - exp(y) * sum(g)}).
 */
public enum SoftmaxOp {
    SOFTMAX("softmax", "exp(x - rowMax) / rowSum", "g * y", "y * (g - rowSum)"),
    LOG_SOFTMAX("log_softmax", "(x - rowMax) - log(rowSum)", "g", "g - exp(y) * rowSum");

    private final String pytorchName;
    private final String forward;
    private final String backwardTerm;
    private final String backward;

    SoftmaxOp(String pytorchName, String forward, String backwardTerm, String backward) {
        this.pytorchName = pytorchName;
        this.forward = forward;
        this.backwardTerm = backwardTerm;
        this.backward = backward;
    }

    public String pytorchName() {
        return pytorchName;
    }

    /** The output for input {@code x}, given {@code rowMax} and {@code rowSum}. */
    String forward() {
        return forward;
    }

    /** What the backward sums over the row, in {@code y} and {@code g}. */
    String backwardTerm() {
        return backwardTerm;
    }

    /** The input gradient, in {@code y}, {@code g} and the row sum {@code rowSum}. */
    String backward() {
        return backward;
    }

    /** The entry with this PyTorch name, or null. */
    public static SoftmaxOp byName(String name) {
        for (SoftmaxOp op : values()) {
            if (op.pytorchName.equals(name)) {
                return op;
            }
        }
        return null;
    }
}
