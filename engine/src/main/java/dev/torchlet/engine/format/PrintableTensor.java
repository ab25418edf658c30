package dev.torchlet.engine.format;

import dev.torchlet.engine.DType;

/**
 * What tensor printing needs to know about a tensor: its shape, dtype, elements in row-major
 * order and the facts that make up PyTorch's suffixes ({@code device=}, {@code dtype=},
 * {@code requires_grad=True}, {@code grad_fn=<...>}). The engine's {@code Tensor} provides it;
 * tests can provide it from plain arrays.
 */
public interface PrintableTensor {
    long[] shape();

    DType dtype();

    /** Element {@code index} in row-major order as a double (float and small integer dtypes are exact). */
    double doubleAt(long index);

    /** Element {@code index} in row-major order as a long (integer and bool dtypes; bool is 0/1). */
    long longAt(long index);

    /** PyTorch's device string when it is not the CPU, e.g. {@code cuda:0}; {@code null} on the CPU. */
    String deviceSuffix();

    boolean requiresGrad();

    /** The grad_fn class name, e.g. {@code AddBackward0}; {@code null} for leaves and tensors outside the graph. */
    String gradFnName();
}
