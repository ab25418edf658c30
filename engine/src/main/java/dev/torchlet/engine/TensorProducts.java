package dev.torchlet.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code tensordot} (a contraction over chosen dims, as one matrix product between permuted and
 * flattened operands) and {@code kron} (the Kronecker product, as a broadcast product of
 * interleaved views), both composed as PyTorch composes them, with its grad_fn names.
 */
public final class TensorProducts {
    private TensorProducts() {
    }

    /** {@code tensordot(a, b, dims=n)}: the last n dims of a with the first n of b. */
    public static Tensor tensordot(Tensor a, Tensor b, long n) {
        if (n < 0) {
            throw TorchException.runtime("tensordot expects dims >= 0, but got dims=" + n);
        }
        int[] dimsA = new int[(int) n];
        int[] dimsB = new int[(int) n];
        for (int k = 0; k < n; k++) {
            dimsA[k] = (int) (a.dim() - n + k);
            dimsB[k] = k;
        }
        return tensordot(a, b, dimsA, dimsB);
    }

    /** {@code tensordot(a, b, dims=(dimsA, dimsB))}: dimsA[k] of a contracted with dimsB[k] of b. */
    public static Tensor tensordot(Tensor a, Tensor b, int[] dimsA, int[] dimsB) {
        if (dimsA.length != dimsB.length) {
            throw TorchException.runtime("both dimension lists should have same length");
        }
        boolean[] contractedA = new boolean[a.dim()];
        boolean[] contractedB = new boolean[b.dim()];
        long size = 1;
        for (int k = 0; k < dimsA.length; k++) {
            int da = Dims.wrap(dimsA[k], a.dim());
            int db = Dims.wrap(dimsB[k], b.dim());
            if (a.size(da) != b.size(db)) {
                throw TorchException.runtime("contracted dimensions need to match, but first has size " + a.size(da) + " in dim " + da
                        + " and second has size " + b.size(db) + " in dim " + db);
            }
            dimsA[k] = da;
            dimsB[k] = db;
            contractedA[da] = true;
            contractedB[db] = true;
            size *= a.size(da);
        }
        List<Long> shape = new ArrayList<>();
        int[] orderA = new int[a.dim()];
        int at = 0;
        long freeA = 1;
        for (int d = 0; d < a.dim(); d++) {
            if (!contractedA[d]) {
                orderA[at++] = d;
                shape.add(a.size(d));
                freeA *= a.size(d);
            }
        }
        for (int d : dimsA) {
            orderA[at++] = d;
        }
        int[] orderB = new int[b.dim()];
        at = 0;
        for (int d : dimsB) {
            orderB[at++] = d;
        }
        long freeB = 1;
        for (int d = 0; d < b.dim(); d++) {
            if (!contractedB[d]) {
                orderB[at++] = d;
                shape.add(b.size(d));
                freeB *= b.size(d);
            }
        }
        Tensor left = ShapeOps.permute(a, orderA).reshape(freeA, size);
        Tensor right = ShapeOps.permute(b, orderB).reshape(size, freeB);
        return left.matmul(right).reshape(shape.stream().mapToLong(Long::longValue).toArray());
    }

    /** {@code kron(a, b)}: every element of a times the whole of b, laid out block by block. */
    public static Tensor kron(Tensor a, Tensor b) {
        int rank = Math.max(a.dim(), b.dim());
        long[] shapeA = padded(a.shape(), rank);
        long[] shapeB = padded(b.shape(), rank);
        long[] interleavedA = new long[2 * rank];
        long[] interleavedB = new long[2 * rank];
        long[] result = new long[rank];
        for (int d = 0; d < rank; d++) {
            interleavedA[2 * d] = shapeA[d];
            interleavedA[2 * d + 1] = 1;
            interleavedB[2 * d] = 1;
            interleavedB[2 * d + 1] = shapeB[d];
            result[d] = shapeA[d] * shapeB[d];
        }
        Tensor product = a.reshape(interleavedA).mul(b.reshape(interleavedB));
        return Derivatives.reshaped(product.detach().reshape(result), product, "UnsafeViewBackward0");
    }

    private static long[] padded(long[] shape, int rank) {
        long[] out = new long[rank];
        java.util.Arrays.fill(out, 1);
        System.arraycopy(shape, 0, out, rank - shape.length, shape.length);
        return out;
    }
}
