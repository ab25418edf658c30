package dev.torchlet.engine;

import dev.torchlet.engine.format.SizeText;
import java.util.Arrays;

/**
 * Shape operations: the views {@code unsqueeze}, {@code squeeze}, {@code permute}, {@code expand},
 * {@code flatten} (they share storage, as in PyTorch) and the copies {@code repeat}, {@code flip},
 * {@code tril}/{@code triu}, {@code diag}. Each records its PyTorch grad_fn through {@link Derivatives}.
 */
public final class ShapeOps {
    private ShapeOps() {
    }

    /** {@code unsqueeze(dim)}: a size-1 dimension inserted at {@code dim} (in [-(n+1), n]). */
    public static Tensor unsqueeze(Tensor t, int dim) {
        long[] shape = t.shape();
        long[] strides = t.stride();
        int d = Dims.wrap(dim, shape.length + 1);
        long[] newShape = new long[shape.length + 1];
        long[] newStrides = new long[shape.length + 1];
        for (int i = 0, j = 0; i < newShape.length; i++) {
            if (i == d) {
                newShape[i] = 1;
                newStrides[i] = d < shape.length ? shape[d] * strides[d] : 1;
            } else {
                newShape[i] = shape[j];
                newStrides[i] = strides[j++];
            }
        }
        return Derivatives.reshaped(Tensor.alias(t, t.storageOffset(), newShape, newStrides), t, "UnsqueezeBackward0");
    }

    /** {@code squeeze()}: every size-1 dimension removed. */
    public static Tensor squeeze(Tensor t) {
        return squeezeWhere(t, -1, "SqueezeBackward0");
    }

    /** {@code squeeze(dim)}: {@code dim} removed when its size is 1, else the same shape. */
    public static Tensor squeeze(Tensor t, int dim) {
        return squeezeWhere(t, Dims.wrap(dim, t.dim()), "SqueezeBackward1");
    }

    private static Tensor squeezeWhere(Tensor t, int onlyDim, String gradFnName) {
        long[] shape = t.shape();
        long[] strides = t.stride();
        int kept = 0;
        long[] newShape = new long[shape.length];
        long[] newStrides = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] != 1 || (onlyDim >= 0 && i != onlyDim)) {
                newShape[kept] = shape[i];
                newStrides[kept++] = strides[i];
            }
        }
        return Derivatives.reshaped(Tensor.alias(t, t.storageOffset(), Arrays.copyOf(newShape, kept),
                Arrays.copyOf(newStrides, kept)), t, gradFnName);
    }

    /** {@code permute(*dims)}: the dimensions reordered (a view). */
    public static Tensor permute(Tensor t, int... dims) {
        if (dims.length != t.dim()) {
            throw TorchException.runtime("permute(sparse_coo): number of dimensions in the tensor input does not match the length "
                    + "of the desired ordering of dimensions i.e. input.dim() = " + t.dim() + " is not equal to len(dims) = " + dims.length);
        }
        long[] shape = t.shape();
        long[] strides = t.stride();
        int[] order = new int[dims.length];
        boolean[] seen = new boolean[dims.length];
        long[] newShape = new long[dims.length];
        long[] newStrides = new long[dims.length];
        for (int i = 0; i < dims.length; i++) {
            int d = Dims.wrap(dims[i], dims.length);
            if (seen[d]) {
                throw TorchException.runtime("permute(): duplicate dims are not allowed.");
            }
            seen[d] = true;
            order[i] = d;
            newShape[i] = shape[d];
            newStrides[i] = strides[d];
        }
        return Derivatives.permute(Tensor.alias(t, t.storageOffset(), newShape, newStrides), t, order);
    }

    /** The shape two operands broadcast to (PyTorch's size-mismatch error otherwise). */
    public static long[] broadcastShapes(long[] a, long[] b) {
        return Broadcast.shapes(a, b);
    }

    /** {@code expand(*sizes)}: size-1 dimensions repeated without copying (stride 0); -1 keeps a size. */
    public static Tensor expand(Tensor t, long... sizes) {
        long[] shape = t.shape();
        long[] strides = t.stride();
        if (sizes.length < shape.length) {
            throw TorchException.runtime("expand(torch." + typeName(t.dtype()) + "Tensor{" + SizeText.list(shape) + "}, size="
                    + SizeText.list(sizes) + "): the number of sizes provided (" + sizes.length
                    + ") must be greater or equal to the number of dimensions in the tensor (" + shape.length + ")");
        }
        long[] newShape = new long[sizes.length];
        long[] newStrides = new long[sizes.length];
        int lead = sizes.length - shape.length;
        for (int i = sizes.length - 1; i >= 0; i--) {
            int j = i - lead;
            long size = sizes[i];
            if (j < 0) {
                if (size < 0) {
                    throw TorchException.runtime("The expanded size of the tensor (" + size + ") isn't allowed in a leading, "
                            + "non-existing dimension " + i);
                }
                newShape[i] = size;
                newStrides[i] = 0;
                continue;
            }
            if (size == -1) {
                size = shape[j];
            }
            if (shape[j] == size) {
                newShape[i] = size;
                newStrides[i] = strides[j];
            } else if (shape[j] == 1) {
                newShape[i] = size;
                newStrides[i] = 0;
            } else {
                throw TorchException.runtime("The expanded size of the tensor (" + size + ") must match the existing size ("
                        + shape[j] + ") at non-singleton dimension " + i + ".  Target sizes: " + SizeText.list(sizes)
                        + ".  Tensor sizes: " + SizeText.list(shape));
            }
        }
        return Derivatives.expand(Tensor.alias(t, t.storageOffset(), newShape, newStrides), t);
    }

    /** {@code flatten(start_dim, end_dim)}: the dimensions from start to end merged into one. */
    public static Tensor flatten(Tensor t, int startDim, int endDim) {
        int start = Dims.wrap(startDim, t.dim());
        int end = Dims.wrap(endDim, t.dim());
        if (start > end) {
            throw TorchException.runtime("flatten() has invalid args: start_dim cannot come after end_dim");
        }
        if (t.dim() == 0) {
            return t.reshape(1);
        }
        if (start == end) {
            return t;
        }
        long[] shape = t.shape();
        long[] newShape = new long[shape.length - (end - start)];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i <= start || i > end) {
                newShape[j++] = i == start ? Dims.product(shape, start, end + 1) : shape[i];
            }
        }
        return t.reshape(newShape);
    }

    /** {@code repeat(*repeats)}: the tensor tiled {@code repeats[d]} times along each dimension (a copy). */
    public static Tensor repeat(Tensor t, long... repeats) {
        if (repeats.length < t.dim()) {
            throw TorchException.runtime("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor");
        }
        // Seen as [1, s0, 1, s1, …] expanded to [r0, s0, r1, s1, …], the copy is the repeat.
        long[] padded = new long[repeats.length];
        Arrays.fill(padded, 1);
        long[] shape = t.shape();
        System.arraycopy(shape, 0, padded, repeats.length - shape.length, shape.length);
        long[] interleaved = new long[2 * repeats.length];
        long[] target = new long[2 * repeats.length];
        long[] result = new long[repeats.length];
        for (int i = 0; i < repeats.length; i++) {
            if (repeats[i] < 0) {
                throw TorchException.runtime("Trying to create tensor with negative dimension " + repeats[i] + ": " + SizeText.list(repeats));
            }
            interleaved[2 * i] = 1;
            interleaved[2 * i + 1] = padded[i];
            target[2 * i] = repeats[i];
            target[2 * i + 1] = padded[i];
            result[i] = repeats[i] * padded[i];
        }
        Tensor source = t.detach().contiguous();
        Tensor spread = expandPlain(Tensor.alias(source, source.storageOffset(), interleaved, Tensor.contiguousStrides(interleaved)), target);
        Tensor out = Tensor.empty(target, t.dtype()).copyFrom(spread);
        return Derivatives.repeat(Tensor.alias(out, 0, result, Tensor.contiguousStrides(result)), t, padded, repeats);
    }

    private static Tensor expandPlain(Tensor t, long[] target) {
        long[] shape = t.shape();
        long[] strides = t.stride();
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == 1) {
                strides[i] = 0;
            }
        }
        return Tensor.alias(t, t.storageOffset(), target, strides);
    }

    /** {@code flip(dims)}: the elements in reverse order along each of {@code dims} (a copy, as in PyTorch). */
    public static Tensor flip(Tensor t, int... dims) {
        long[] shape = t.shape();
        long[] strides = t.stride();
        boolean[] seen = new boolean[Math.max(shape.length, 1)];
        long offset = t.storageOffset();
        int[] wrapped = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            int d = Dims.wrap(dims[i], shape.length);
            if (seen[d]) {
                throw TorchException.runtime("dim " + d + " appears multiple times in the list of dims");
            }
            seen[d] = true;
            wrapped[i] = d;
            if (shape.length > 0 && shape[d] > 0) {
                offset += (shape[d] - 1) * strides[d];
                strides[d] = -strides[d];
            }
        }
        Tensor reversed = Tensor.alias(t, offset, shape, strides).clone();
        return Derivatives.flip(reversed, t, wrapped);
    }

    /** {@code tril(diagonal)}: the lower triangle of the last two dimensions, the rest zero. */
    public static Tensor tril(Tensor t, long diagonal) {
        return triangle(t, diagonal, true);
    }

    /** {@code triu(diagonal)}: the upper triangle of the last two dimensions, the rest zero. */
    public static Tensor triu(Tensor t, long diagonal) {
        return triangle(t, diagonal, false);
    }

    private static Tensor triangle(Tensor t, long diagonal, boolean lower) {
        if (t.dim() < 2) {
            Dims.wrap(-2, t.dim());
        }
        long rows = t.size(-2);
        long cols = t.size(-1);
        if (!t.device().isCpu()) {
            // Only the shape and the diagonal decide the mask: built here, uploaded, and applied by a where kernel.
            Tensor keep = Tensor.empty(new long[] {rows, cols}, DType.BOOL);
            for (long i = 0; i < rows * cols; i++) {
                keep.storage().setLong((int) i, inTriangle(i / cols, i % cols, diagonal, lower) ? 1 : 0);
            }
            Tensor zero = Torch.full(new long[0], Scalar.of(0L), t.dtype());
            Tensor out = DeviceKernels.where(keep.to(t.device()), t.detach(), zero, t.shape());
            return Derivatives.triangle(out, t, diagonal, lower);
        }
        Tensor out = t.detach().clone();
        Storage s = out.storage();
        for (long i = 0; i < out.numel(); i++) {
            if (!inTriangle((i / cols) % rows, i % cols, diagonal, lower)) {
                s.setLong((int) i, 0);
            }
        }
        return Derivatives.triangle(out, t, diagonal, lower);
    }

    private static boolean inTriangle(long row, long col, long diagonal, boolean lower) {
        return lower ? col - row <= diagonal : col - row >= diagonal;
    }

    /** {@code diag(diagonal)}: a vector's square diagonal matrix, or a matrix's diagonal as a vector. */
    public static Tensor diag(Tensor t, long diagonal) {
        if (t.dim() == 1) {
            long n = t.size(0) + Math.abs(diagonal);
            Tensor out = Tensor.empty(new long[] {n, n}, t.dtype());
            out.fill_(Scalar.of(0L));
            diagonalView(out, diagonal).copyFrom(t.detach());
            return Derivatives.diag(out, t, diagonal);
        }
        if (t.dim() != 2) {
            throw TorchException.runtime("matrix or a vector expected");
        }
        return Derivatives.diag(diagonalView(t.detach(), diagonal).clone(), t, diagonal);
    }

    /** The {@code diagonal}-th diagonal of a matrix as a strided view (empty when it lies outside). */
    static Tensor diagonalView(Tensor m, long diagonal) {
        long rows = m.size(0);
        long cols = m.size(1);
        long[] strides = m.stride();
        long length = diagonal >= 0 ? Math.max(0, Math.min(rows, cols - diagonal)) : Math.max(0, Math.min(rows + diagonal, cols));
        long offset = m.storageOffset() + (length == 0 ? 0 : diagonal >= 0 ? diagonal * strides[1] : -diagonal * strides[0]);
        return Tensor.alias(m, offset, new long[] {length}, new long[] {strides[0] + strides[1]});
    }

    public static String typeName(DType dtype) {
        return switch (dtype) {
            case FLOAT32 -> "Float";
            case FLOAT64 -> "Double";
            case INT64 -> "Long";
            case INT32 -> "Int";
            case UINT8 -> "Byte";
            case BOOL -> "Bool";
        };
    }
}
