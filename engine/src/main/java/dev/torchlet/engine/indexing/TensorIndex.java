package dev.torchlet.engine.indexing;

import dev.torchlet.engine.Tensor;

/**
 * One entry of an indexing key, as in {@code x[0, 1:3, None, ..., idx, mask]}. A key is a list of
 * them; {@code Tensor.index(...)} and {@code Tensor.indexPut(...)} apply it with PyTorch's rules.
 */
public sealed interface TensorIndex {
    /** An integer: selects one position and removes the dimension (negative counts from the end). */
    record Single(long index) implements TensorIndex {
    }

    /** {@code start:stop:step} (null bounds are open; the step must be positive, as in PyTorch). */
    record Range(Long start, Long stop, long step) implements TensorIndex {
    }

    /** {@code None}: a new dimension of size 1. */
    record NewAxis() implements TensorIndex {
    }

    /** {@code ...}: as many full slices as the other entries leave. */
    record Rest() implements TensorIndex {
    }

    /** An integer tensor (advanced indexing along one dimension) or a bool mask (along as many dimensions as it has). */
    record Indices(Tensor tensor) implements TensorIndex {
    }

    TensorIndex NONE = new NewAxis();
    TensorIndex ELLIPSIS = new Rest();
    TensorIndex ALL = new Range(null, null, 1);

    static TensorIndex at(long index) {
        return new Single(index);
    }

    static TensorIndex slice(Long start, Long stop, long step) {
        return new Range(start, stop, step);
    }

    static TensorIndex of(Tensor indices) {
        return new Indices(indices);
    }
}
