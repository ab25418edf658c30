package dev.torchlet.engine;

import java.util.Arrays;

/**
 * Batched matrix products: {@code bmm}, {@code matmul} with batch dimensions (broadcast like
 * PyTorch's), and the vector products {@code mv}, {@code dot}, {@code outer}. Batched matmul is
 * composed of differentiable views and bmm, so its gradient needs no rule of its own.
 */
public final class BatchedProducts {
    private BatchedProducts() {
    }

    /** {@code bmm(a, b)}: [B, n, m] × [B, m, p] → [B, n, p], each product accumulated in double. */
    public static Tensor bmm(Tensor a, Tensor b) {
        if (a.dim() != 3) {
            throw TorchException.runtime("batch1 must be a 3D tensor");
        }
        if (b.dim() != 3) {
            throw TorchException.runtime("batch2 must be a 3D tensor");
        }
        long batch = a.size(0);
        long n = a.size(1);
        long m = a.size(2);
        long p = b.size(2);
        if (b.size(0) != batch || b.size(1) != m) {
            throw TorchException.runtime("Expected size for first two dimensions of batch2 tensor to be: [" + batch + ", " + m
                    + "] but got: [" + b.size(0) + ", " + b.size(1) + "].");
        }
        if (a.dtype() != b.dtype()) {
            throw TorchException.runtime("expected scalar type " + ShapeOps.typeName(a.dtype()) + " but found "
                    + ShapeOps.typeName(b.dtype()));
        }
        Tensor x = a.detach().contiguous();
        Tensor y = b.detach().contiguous();
        if (DeviceKernels.onAccelerator(x, y)) {
            return Derivatives.bmm(DeviceKernels.bmm(x, y), a, b);
        }
        Tensor out = Tensor.empty(new long[] {batch, n, p}, a.dtype());
        boolean floating = a.dtype().isFloatingPoint();
        double[] row = new double[(int) p];
        long[] rowL = new long[(int) p];
        for (long s = 0; s < batch; s++) {
            for (long i = 0; i < n; i++) {
                Arrays.fill(row, 0);
                Arrays.fill(rowL, 0);
                for (long k = 0; k < m; k++) {
                    long ai = (s * n + i) * m + k;
                    long bRow = (s * m + k) * p;
                    if (floating) {
                        double av = x.doubleAt(ai);
                        for (int j = 0; j < p; j++) {
                            row[j] += av * y.doubleAt(bRow + j);
                        }
                    } else {
                        long av = x.longAt(ai);
                        for (int j = 0; j < p; j++) {
                            rowL[j] += av * y.longAt(bRow + j);
                        }
                    }
                }
                for (int j = 0; j < p; j++) {
                    int at = (int) ((s * n + i) * p + j);
                    if (floating) {
                        out.storage().setDouble(at, row[j]);
                    } else {
                        out.storage().setLong(at, rowL[j]);
                    }
                }
            }
        }
        return Derivatives.bmm(out, a, b);
    }

    /**
     * {@code matmul} when an operand has more than 2 dimensions: vectors become matrices, the batch
     * dimensions broadcast, both sides are expanded and folded to 3-D, multiplied by bmm, and the
     * result is viewed back (PyTorch's grad_fn for this is UnsafeViewBackward0).
     */
    static Tensor matmul(Tensor a, Tensor b) {
        if (a.dim() == 0 || b.dim() == 0) {
            throw TorchException.runtime("both arguments to matmul need to be at least 1D, but they are " + a.dim() + "D and "
                    + b.dim() + "D");
        }
        Tensor left = a.dim() == 1 ? ShapeOps.unsqueeze(a, 0) : a;
        Tensor right = b.dim() == 1 ? ShapeOps.unsqueeze(b, 1) : b;
        long[] ls = left.shape();
        long[] rs = right.shape();
        long n = ls[ls.length - 2];
        long m = ls[ls.length - 1];
        long p = rs[rs.length - 1];
        long[] batch = Broadcast.shapes(Arrays.copyOf(ls, ls.length - 2), Arrays.copyOf(rs, rs.length - 2));
        long count = Dims.product(batch, 0, batch.length);
        Tensor l3 = ShapeOps.expand(left, concat(batch, n, m)).reshape(count, n, m);
        Tensor r3 = ShapeOps.expand(right, concat(batch, rs[rs.length - 2], p)).reshape(count, rs[rs.length - 2], p);
        Tensor product = bmm(l3, r3);
        long[] shape = concat(batch, n, p);
        if (a.dim() == 1) {
            shape = without(shape, shape.length - 2);
        }
        if (b.dim() == 1) {
            shape = without(shape, shape.length - 1);
        }
        return Derivatives.reshaped(product.detach().reshape(shape), product, "UnsafeViewBackward0");
    }

    private static long[] concat(long[] batch, long rows, long cols) {
        long[] shape = Arrays.copyOf(batch, batch.length + 2);
        shape[batch.length] = rows;
        shape[batch.length + 1] = cols;
        return shape;
    }

    private static long[] without(long[] shape, int index) {
        long[] result = new long[shape.length - 1];
        for (int i = 0, j = 0; i < shape.length; i++) {
            if (i != index) {
                result[j++] = shape[i];
            }
        }
        return result;
    }

    /** {@code mv(mat, vec)}: matrix times vector (MvBackward0). */
    public static Tensor mv(Tensor mat, Tensor vec) {
        if (mat.dim() != 2 || vec.dim() != 1) {
            throw TorchException.runtime("vector + matrix @ vector expected, got 1, " + mat.dim() + ", " + vec.dim());
        }
        if (mat.size(1) != vec.size(0)) {
            throw TorchException.runtime("size mismatch, got " + mat.size(0) + ", " + mat.size(0) + "x" + mat.size(1) + ","
                    + vec.size(0));
        }
        return mat.matmul(vec);
    }

    /** {@code dot(a, b)}: the inner product of two vectors (DotBackward0). */
    public static Tensor dot(Tensor a, Tensor b) {
        if (a.dim() != 1 || b.dim() != 1) {
            throw TorchException.runtime("1D tensors expected, but got " + a.dim() + "D and " + b.dim() + "D tensors");
        }
        return a.matmul(b);
    }

    /** {@code outer(u, v)}: u as a column times v as a row (PyTorch composes it the same way: MulBackward0). */
    public static Tensor outer(Tensor u, Tensor v) {
        if (u.dim() != 1 || v.dim() != 1) {
            throw TorchException.runtime("outer: Expected 1-D argument self, but got " + u.dim() + "-D");
        }
        return u.reshape(-1, 1).mul(v);
    }

}
