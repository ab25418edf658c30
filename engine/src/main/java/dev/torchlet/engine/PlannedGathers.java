package dev.torchlet.engine;

/**
 * The gather/scatter of host-planned element positions ({@link ElementPositions}) for ops outside
 * this package whose positions and weights are planned on the CPU (upsampling): on an accelerator
 * they run as the backend's take and put kernels. Nothing is recorded: the caller records its node.
 */
public final class PlannedGathers {
    private PlannedGathers() {
    }

    /** A tensor of {@code shape} whose element i is element {@code sources[i]} (row-major) of {@code from}. */
    public static Tensor take(Tensor from, long[] sources, long[] shape) {
        return ElementPositions.take(from.detach(), sources, shape);
    }

    /** Adds {@code values} (one per target, in its shape) into elements {@code targets} (row-major) of {@code into}. */
    public static void addAt(Tensor into, long[] targets, Tensor values) {
        ElementPositions.put(into, targets, values, values.shape(), true);
    }
}
