package dev.torchlet.gpu;

/**
 * Where a tensor's elements lie in its GPU buffer: shape, strides and offset in elements (as the
 * engine's Tensor has them), and the element dtype. A kernel reads any view (transposed, sliced,
 * expanded with stride 0) without a copy.
 */
public record TensorLayout(int[] shape, int[] strides, int offset, GpuDType dtype) {

    public TensorLayout {
        if (shape.length != strides.length) {
            throw new IllegalArgumentException("shape and strides differ in rank");
        }
        shape = shape.clone();
        strides = strides.clone();
    }

    /** A fresh contiguous (row-major) tensor. */
    public static TensorLayout contiguous(GpuDType dtype, int... shape) {
        return new TensorLayout(shape, contiguousStrides(shape), 0, dtype);
    }

    public static int[] contiguousStrides(int[] shape) {
        int[] strides = new int[shape.length];
        int stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return strides;
    }

    /** Whether the elements lie in row-major order without gaps (size-1 dimensions' strides do not matter). */
    public boolean isContiguous() {
        int[] expected = contiguousStrides(shape);
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] != 1 && strides[d] != expected[d]) {
                return false;
            }
        }
        return true;
    }

    public int rank() {
        return shape.length;
    }

    public int numel() {
        return numel(shape);
    }

    static int numel(int[] shape) {
        int n = 1;
        for (int size : shape) {
            n *= size;
        }
        return n;
    }

    /** The smallest buffer (in elements) this layout reads or writes. */
    public int requiredElements() {
        int last = offset;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == 0) {
                return offset;
            }
            last += (shape[d] - 1) * strides[d];
        }
        return last + 1;
    }

    /** Strides that read this tensor broadcast to {@code target} (right-aligned, size-1 dims get stride 0). */
    public int[] broadcastStrides(int[] target) {
        if (shape.length > target.length) {
            throw new IllegalArgumentException("cannot broadcast rank " + shape.length + " to rank " + target.length);
        }
        int[] result = new int[target.length];
        int shift = target.length - shape.length;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == target[d + shift]) {
                result[d + shift] = shape[d] == 1 ? 0 : strides[d];
            } else if (shape[d] == 1) {
                result[d + shift] = 0;
            } else {
                throw new IllegalArgumentException("size " + shape[d] + " does not broadcast to " + target[d + shift]);
            }
        }
        return result;
    }
}
