package dev.torchlet.engine.nn;

import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;

/** A loss's {@code reduction}: per-element losses, their mean, or their sum. */
public enum Reduction {
    NONE, MEAN, SUM;

    /** PyTorch's names 'none', 'mean', 'sum'; anything else is PyTorch's ValueError. */
    public static Reduction of(String name) {
        return switch (name) {
            case "none" -> NONE;
            case "mean" -> MEAN;
            case "sum" -> SUM;
            default -> throw new TorchException(TorchException.Kind.VALUE_ERROR, name + " is not a valid value for reduction");
        };
    }

    /** The name PyTorch gives it ('none', 'mean', 'sum'). */
    public String pytorchName() {
        return switch (this) {
            case NONE -> "none";
            case MEAN -> "mean";
            case SUM -> "sum";
        };
    }

    /** Applies the reduction to per-element losses (no autograd: callers record their own node). */
    Tensor apply(Tensor losses) {
        return switch (this) {
            case NONE -> losses;
            case MEAN -> losses.mean();
            case SUM -> losses.sum();
        };
    }

    /**
     * The incoming gradient spread over the elements: as is for 'none', broadcast for 'sum',
     * divided by the element count for 'mean'.
     */
    Tensor spread(Tensor grad, long[] shape, long count) {
        return switch (this) {
            case NONE -> grad;
            case SUM -> ShapeOps.expand(grad, shape);
            case MEAN -> ShapeOps.expand(grad.div(Scalar.of(count)), shape);
        };
    }
}
