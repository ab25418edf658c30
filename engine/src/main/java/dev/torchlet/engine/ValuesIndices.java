package dev.torchlet.engine;

/** What {@code max(dim)}, {@code min(dim)}, {@code sort} and {@code topk} return: PyTorch's {@code (values, indices)}. */
public record ValuesIndices(Tensor values, Tensor indices) {
}
