package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;
import dev.torchlet.engine.autograd.Node;

/**
 * The part of a dense tensor that a view with fixed sizes, strides and offset covers (PyTorch's
 * {@code as_strided} on the base). Taking it is itself recorded (AsStridedBackward0), so
 * CopySlices and view replays stay differentiable for gradients of gradients.
 */
final class StridedRegion implements Node.Region {
    private final long[] wholeShape;
    private final long offset;
    private final long[] shape;
    private final long[] strides;

    StridedRegion(long[] wholeShape, long offset, long[] shape, long[] strides) {
        this.wholeShape = wholeShape;
        this.offset = offset;
        this.shape = shape;
        this.strides = strides;
    }

    @Override
    public Tensor of(Tensor whole) {
        Tensor dense = whole.contiguous();
        Tensor view = Tensor.alias(dense, dense.storageOffset() + offset, shape, strides);
        return Graph.record(view, "AsStridedBackward0", g -> new Tensor[] {backward(g)}, dense);
    }

    /** The gradient of the region, placed into zeros of the whole's shape. */
    Tensor backward(Tensor g) {
        return Derivatives.embed(g, wholeShape, "AsStridedBackwardBackward0", this::of);
    }
}
