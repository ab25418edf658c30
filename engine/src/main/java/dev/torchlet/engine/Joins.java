package dev.torchlet.engine;

import dev.torchlet.engine.autograd.GradMode;
import dev.torchlet.engine.format.SizeText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Joining and splitting tensors: {@code cat}, {@code stack}, {@code split}, {@code chunk}. */
public final class Joins {
    private Joins() {
    }

    /** {@code torch.cat(tensors, dim)}: tensors of the same shape except along {@code dim}, joined along it. */
    public static Tensor cat(List<Tensor> tensors, int dim) {
        if (tensors.isEmpty()) {
            throw TorchException.runtime("torch.cat(): expected a non-empty list of Tensors");
        }
        // PyTorch still skips legacy empty 1-D tensors (shape [0]) when other tensors have more dimensions.
        List<Tensor> parts = new ArrayList<>();
        for (Tensor t : tensors) {
            if (!(t.dim() == 1 && t.size(0) == 0)) {
                parts.add(t);
            }
        }
        if (parts.isEmpty()) {
            parts.add(tensors.get(0));
        }
        Tensor first = parts.get(0);
        if (first.dim() == 0) {
            throw TorchException.runtime("zero-dimensional tensor (at position " + tensors.indexOf(first) + ") cannot be concatenated");
        }
        int d = Dims.wrap(dim, first.dim());
        long[] shape = first.shape();
        DType type = first.dtype();
        long total = 0;
        for (int i = 0; i < tensors.size(); i++) {
            Tensor t = tensors.get(i);
            if (!parts.contains(t)) {
                continue;
            }
            if (t.dim() == 0) {
                throw TorchException.runtime("zero-dimensional tensor (at position " + i + ") cannot be concatenated");
            }
            if (t.dim() != shape.length) {
                throw TorchException.runtime("Tensors must have same number of dimensions: got " + shape.length + " and " + t.dim());
            }
            for (int k = 0; k < shape.length; k++) {
                if (k != d && t.size(k) != shape[k]) {
                    throw TorchException.runtime("Sizes of tensors must match except in dimension " + d + ". Expected size "
                            + shape[k] + " but got size " + t.size(k) + " for tensor number " + i + " in the list.");
                }
            }
            total += t.size(d);
            type = TypePromotion.promote(type, t.dtype());
        }
        shape[d] = total;
        // On the parts' device (PyTorch's error when they are on several): the copies run there.
        Tensor out = Tensor.empty(shape, type, DeviceKernels.commonDevice(parts.toArray(new Tensor[0])));
        long[] sizes = new long[tensors.size()];
        long at = 0;
        for (int i = 0; i < tensors.size(); i++) {
            Tensor t = tensors.get(i);
            sizes[i] = parts.contains(t) ? t.size(d) : 0;
            if (sizes[i] > 0) {
                narrow(out, d, at, sizes[i]).copyFrom(t.detach());
            }
            at += sizes[i];
        }
        return Derivatives.cat(out, tensors.toArray(new Tensor[0]), d, sizes);
    }

    /** {@code torch.stack(tensors, dim)}: tensors of one shape joined along a new dimension. */
    public static Tensor stack(List<Tensor> tensors, int dim) {
        if (tensors.isEmpty()) {
            throw TorchException.runtime("stack expects a non-empty TensorList");
        }
        long[] shape = tensors.get(0).shape();
        for (int i = 1; i < tensors.size(); i++) {
            if (!Arrays.equals(shape, tensors.get(i).shape())) {
                throw TorchException.runtime("stack expects each tensor to be equal size, but got " + SizeText.list(shape)
                        + " at entry 0 and " + SizeText.list(tensors.get(i).shape()) + " at entry " + i);
            }
        }
        int d = Dims.wrap(dim, shape.length + 1);
        List<Tensor> lifted = new ArrayList<>();
        for (Tensor t : tensors) {
            lifted.add(ShapeOps.unsqueeze(t.detach(), d));
        }
        Tensor out;
        try (AutoCloseable off = GradMode.disable()) {
            out = cat(lifted, d);
        } catch (Exception e) {
            throw rethrow(e);
        }
        return Derivatives.stack(out, tensors.toArray(new Tensor[0]), d);
    }

    /** {@code split(size, dim)}: pieces of {@code size} along {@code dim} (the last may be smaller); views. */
    public static List<Tensor> split(Tensor t, long size, int dim) {
        int d = Dims.wrap(dim, t.dim());
        if (size < 0) {
            throw TorchException.runtime("split expects split_size be non-negative, but got split_size=" + size);
        }
        long length = t.size(d);
        List<Tensor> pieces = new ArrayList<>();
        if (size == 0 && length != 0) {
            throw TorchException.runtime("split_size can only be 0 if dimension size is 0, but got dimension size of " + length);
        }
        long count = size == 0 ? 1 : Math.max(1, (length + size - 1) / size);
        for (long i = 0; i < count; i++) {
            long start = i * size;
            pieces.add(piece(t, d, start, Math.min(size, length - start)));
        }
        return pieces;
    }

    /** {@code split([s0, s1, …], dim)}: pieces of the given sizes, which must add up to the dimension's size. */
    public static List<Tensor> splitWithSizes(Tensor t, long[] sizes, int dim) {
        int d = Dims.wrap(dim, t.dim());
        long sum = 0;
        for (long s : sizes) {
            sum += s;
        }
        if (sum != t.size(d)) {
            throw TorchException.runtime("split_with_sizes expects split_sizes to sum exactly to " + t.size(d)
                    + " (input tensor's size at dimension " + d + "), but got split_sizes=" + SizeText.list(sizes));
        }
        List<Tensor> pieces = new ArrayList<>();
        long start = 0;
        for (long s : sizes) {
            pieces.add(piece(t, d, start, s));
            start += s;
        }
        return pieces;
    }

    /** {@code chunk(chunks, dim)}: at most {@code chunks} pieces of equal size (the last may be smaller). */
    public static List<Tensor> chunk(Tensor t, long chunks, int dim) {
        if (chunks <= 0) {
            throw TorchException.runtime("chunk expects `chunks` to be greater than 0, got: " + chunks);
        }
        int d = Dims.wrap(dim, t.dim());
        long size = (t.size(d) + chunks - 1) / chunks;
        return split(t, size, d);
    }

    /** One piece of a split: a view recording SplitBackward0, whose gradient lands in its slot of the input. */
    private static Tensor piece(Tensor t, int d, long start, long length) {
        return Derivatives.narrowed(narrow(t.detach(), d, start, length), t, d, start, "SplitBackward0");
    }

    /** {@code narrow(dim, start, length)} without autograd: a view of {@code length} elements from {@code start}. */
    static Tensor narrow(Tensor t, int d, long start, long length) {
        long[] shape = t.shape();
        long[] strides = t.stride();
        shape[d] = length;
        return Tensor.alias(t, t.storageOffset() + (length > 0 ? start * strides[d] : 0), shape, strides);
    }

    static RuntimeException rethrow(Exception e) {
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
}
