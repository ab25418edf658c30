package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;
import java.util.ArrayList;
import java.util.List;

/**
 * Ops that re-address a tensor's elements without new arithmetic: {@code unfold} (sliding windows
 * as a view), {@code roll} (a cyclic shift, a copy), {@code broadcast_to} and {@code meshgrid}
 * (expanded views). Each records PyTorch's grad_fn; the gradients are written in differentiable ops.
 */
public final class WindowsAndGrids {
    private WindowsAndGrids() {
    }

    /** {@code unfold(dim, size, step)}: every window of {@code size} along dim, {@code step} apart, as a new last dimension (a view). */
    public static Tensor unfold(Tensor t, int dim, long size, long step) {
        if (t.dim() == 0) {
            return unfold(t.reshape(1), dim, size, step).reshape(size);
        }
        int d = Dims.wrap(dim, t.dim());
        long length = t.size(d);
        if (size > length) {
            throw TorchException.runtime("maximum size for tensor at dimension " + d + " is " + length + " but size is " + size);
        }
        if (step <= 0) {
            throw TorchException.runtime("step is " + step + " but must be > 0");
        }
        long[] shape = t.shape();
        long[] strides = t.stride();
        long[] newShape = new long[Math.max(shape.length, 1) + 1];
        long[] newStrides = new long[newShape.length];
        for (int i = 0; i < shape.length; i++) {
            newShape[i] = shape[i];
            newStrides[i] = strides[i];
        }
        long elementStride = shape.length == 0 ? 1 : strides[d];
        newShape[d] = (length - size) / step + 1;
        newStrides[d] = step * elementStride;
        newShape[newShape.length - 1] = size;
        newStrides[newShape.length - 1] = elementStride;
        Tensor view = Tensor.alias(t, t.storageOffset(), newShape, newStrides);
        long[] inputShape = shape;
        // Windows may overlap: each input element's gradient is the sum over the windows that contain it.
        return Graph.record(view, "UnfoldBackward0", g -> new Tensor[] {foldBack(g, inputShape, d, size, step)}, t);
    }

    /** The gradient of unfold: every window's gradient added back at its place (a sum of shifted slices). */
    private static Tensor foldBack(Tensor g, long[] inputShape, int d, long size, long step) {
        Tensor grad = Torch.full(inputShape, Scalar.of(0L), g.dtype());
        long windows = g.size(d);
        for (long w = 0; w < windows; w++) {
            // Window w covers [w·step, w·step + size) along d; its gradient is g's slice w moved to the last place.
            Tensor piece = lastDimTo(g.select(d, w), d);
            grad = grad.add(padAlong(piece, inputShape, d, w * step));
        }
        return grad;
    }

    /** {@code t} with its last dimension moved to position {@code d}. */
    private static Tensor lastDimTo(Tensor t, int d) {
        int rank = t.dim();
        int[] order = new int[rank];
        for (int i = 0, source = 0; i < rank; i++) {
            order[i] = i == d ? rank - 1 : source++;
        }
        return ShapeOps.permute(t, order);
    }

    /** {@code piece} placed at {@code start} along {@code d} inside zeros of {@code shape}, differentiably (a cat). */
    private static Tensor padAlong(Tensor piece, long[] shape, int d, long start) {
        List<Tensor> parts = new ArrayList<>();
        long before = start;
        long after = shape.length == 0 ? 0 : shape[d] - start - piece.size(d);
        if (before > 0) {
            long[] s = shape.clone();
            s[d] = before;
            parts.add(Torch.full(s, Scalar.of(0L), piece.dtype()));
        }
        parts.add(piece);
        if (after > 0) {
            long[] s = shape.clone();
            s[d] = after;
            parts.add(Torch.full(s, Scalar.of(0L), piece.dtype()));
        }
        return parts.size() == 1 ? piece : Joins.cat(parts, d);
    }

    /** {@code roll(shifts, dims)}: elements shifted cyclically; without dims, over the flattened tensor. */
    public static Tensor roll(Tensor t, long[] shifts, int[] dims) {
        if (dims.length == 0 ? shifts.length != 1 : shifts.length != dims.length) {
            throw TorchException.runtime("shifts and dimensions must align. shifts: " + shifts.length + ", dims:" + dims.length);
        }
        Tensor result;
        if (dims.length == 0) {
            result = rolledOnce(t.detach().reshape(t.numel()), shifts[0], 0).reshape(t.shape());
        } else {
            result = t.detach();
            for (int i = 0; i < dims.length; i++) {
                result = rolledOnce(result, shifts[i], Dims.wrap(dims[i], t.dim()));
            }
        }
        if (result.sharesStorageWith(t)) {
            result = result.clone();
        }
        long[] back = new long[shifts.length];
        for (int i = 0; i < shifts.length; i++) {
            back[i] = -shifts[i];
        }
        return Graph.record(result, "RollBackward0", g -> new Tensor[] {roll(g, back, dims)}, t);
    }

    /** One cyclic shift along d: output[i] = input[(i - shift) mod n], as two slices joined. */
    private static Tensor rolledOnce(Tensor t, long shift, int d) {
        long n = t.size(d);
        if (n == 0) {
            return t;
        }
        long s = ((shift % n) + n) % n;
        if (s == 0) {
            return t;
        }
        return Joins.cat(List.of(t.slice(d, n - s, null, 1), t.slice(d, 0L, n - s, 1)), d);
    }

    /** {@code broadcast_to(shape)}: expand with broadcasting's rules (ExpandBackward0, as PyTorch). */
    public static Tensor broadcastTo(Tensor t, long... shape) {
        return ShapeOps.expand(t, shape);
    }

    /** {@code meshgrid(*tensors, indexing)}: 'ij' (PyTorch's default) or 'xy' (the first two dimensions swapped). */
    public static List<Tensor> meshgrid(List<Tensor> tensors, String indexing) {
        if (!indexing.equals("ij") && !indexing.equals("xy")) {
            throw TorchException.runtime("torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: " + indexing);
        }
        if (tensors.isEmpty()) {
            throw TorchException.runtime("meshgrid expects a non-empty TensorList");
        }
        int n = tensors.size();
        boolean swap = indexing.equals("xy") && n >= 2;
        long[] sizes = new long[n];
        for (int i = 0; i < n; i++) {
            Tensor t = tensors.get(i);
            if (t.dim() > 1) {
                throw TorchException.runtime("torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: " + t);
            }
            sizes[i] = t.numel();
        }
        if (swap) {
            long first = sizes[0];
            sizes[0] = sizes[1];
            sizes[1] = first;
        }
        List<Tensor> grids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int axis = swap && i < 2 ? 1 - i : i;
            long[] shape = new long[n];
            java.util.Arrays.fill(shape, 1);
            shape[axis] = -1;
            grids.add(ShapeOps.expand(tensors.get(i).view(shape), sizes));
        }
        return grids;
    }
}
