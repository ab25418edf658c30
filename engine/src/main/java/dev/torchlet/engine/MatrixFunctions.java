package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;

/**
 * {@code trace}, {@code det} and {@code inverse} of one matrix, with PyTorch's grad_fns
 * ({@code TraceBackward0}, {@code LinalgDetBackward0}, {@code LinalgInvExBackward0}). det and
 * inverse use Gaussian elimination with partial pivoting in double precision, rounded once to the
 * input's dtype (known difference: PyTorch's float32 LAPACK LU rounds every step, so float32
 * results may differ in the last bits). Batches of matrices are not supported yet.
 */
public final class MatrixFunctions {
    private MatrixFunctions() {
    }

    /** {@code trace(A)}: the sum of the main diagonal of a matrix (integer inputs give int64). */
    public static Tensor trace(Tensor a) {
        if (a.dim() != 2) {
            throw TorchException.runtime("trace: expected a matrix, but got tensor with dim " + a.dim());
        }
        Tensor diagonal = ShapeOps.diagonalView(a.detach(), 0);
        Tensor result = diagonal.sum();
        long[] shape = a.shape();
        return Graph.record(result, "TraceBackward0",
                g -> new Tensor[] {Creation.eye(shape[0], shape[1], g.dtype()).mul(g)}, a);
    }

    /** {@code det(A)} of a square floating-point matrix. */
    public static Tensor det(Tensor a) {
        int n = square(a, "linalg.det");
        double[] m = values(a);
        // LU with partial pivoting; det = sign of the row swaps × product of U's diagonal (a zero pivot gives ±0 like LAPACK).
        double product = 1;
        double sign = 1;
        for (int column = 0; column < n; column++) {
            int pivot = pivotRow(m, n, column);
            if (pivot != column) {
                swapRows(m, n, pivot, column);
                sign = -sign;
            }
            product *= m[column * n + column];
            if (m[column * n + column] != 0) {
                eliminateBelow(m, n, column);
            }
        }
        double det = sign * product;
        Tensor result = Torch.full(new long[0], Scalar.of(det), a.dtype());
        // d det / dA = det · A⁻ᵀ (for an invertible A), written in tensor ops so it is differentiable again.
        return Graph.record(result, "LinalgDetBackward0", new Tensor[] {a, result},
                g -> new Tensor[] {inverse(a).t().mul(result).mul(g)}, a);
    }

    /** {@code inverse(A)} of a square floating-point matrix; a singular one raises PyTorch's error. */
    public static Tensor inverse(Tensor a) {
        int n = square(a, "linalg.inv");
        double[] m = values(a);
        double[] inv = new double[n * n];
        for (int i = 0; i < n; i++) {
            inv[i * n + i] = 1;
        }
        for (int column = 0; column < n; column++) {
            int pivot = pivotRow(m, n, column);
            if (m[pivot * n + column] == 0) {
                throw TorchException.runtime("linalg.inv: The diagonal element " + (column + 1) + " is zero, the inversion could "
                        + "not be completed because the input matrix is singular.");
            }
            swapRows(m, n, pivot, column);
            swapRows(inv, n, pivot, column);
            double p = m[column * n + column];
            for (int k = 0; k < n; k++) {
                m[column * n + k] /= p;
                inv[column * n + k] /= p;
            }
            for (int row = 0; row < n; row++) {
                double factor = m[row * n + column];
                if (row != column && factor != 0) {
                    for (int k = 0; k < n; k++) {
                        m[row * n + k] -= factor * m[column * n + k];
                        inv[row * n + k] -= factor * inv[column * n + k];
                    }
                }
            }
        }
        Tensor result = Tensor.empty(new long[] {n, n}, a.dtype());
        for (int i = 0; i < n * n; i++) {
            result.storage().setDouble(i, inv[i]);
        }
        // d(A⁻¹) = −A⁻ᵀ · g · A⁻ᵀ, from the saved result, so gradients of gradients work too.
        return Graph.record(result, "LinalgInvExBackward0", new Tensor[] {result},
                g -> new Tensor[] {result.t().matmul(g).matmul(result.t()).neg()}, a);
    }

    private static int square(Tensor a, String function) {
        if (a.dim() < 2 || a.size(a.dim() - 2) != a.size(a.dim() - 1)) {
            throw TorchException.runtime(function + ": A must be batches of square matrices, but they are "
                    + (a.dim() < 2 ? "" : a.size(a.dim() - 2) + " by " + a.size(a.dim() - 1) + " matrices"));
        }
        if (a.dim() > 2) {
            throw TorchException.notImplemented(function + " of a batch of matrices is not supported by Torchlet yet");
        }
        if (!a.dtype().isFloatingPoint()) {
            throw TorchException.runtime(function + ": Expected a floating point or complex tensor as input. Got "
                    + ShapeOps.typeName(a.dtype()));
        }
        return (int) a.size(0);
    }

    private static double[] values(Tensor a) {
        Tensor dense = a.detach().contiguous();
        double[] m = new double[(int) dense.numel()];
        for (int i = 0; i < m.length; i++) {
            m[i] = dense.storage().getDouble((int) dense.storageOffset() + i);
        }
        return m;
    }

    private static int pivotRow(double[] m, int n, int column) {
        int best = column;
        for (int row = column + 1; row < n; row++) {
            if (Math.abs(m[row * n + column]) > Math.abs(m[best * n + column])) {
                best = row;
            }
        }
        return best;
    }

    private static void swapRows(double[] m, int n, int r1, int r2) {
        if (r1 == r2) {
            return;
        }
        for (int k = 0; k < n; k++) {
            double t = m[r1 * n + k];
            m[r1 * n + k] = m[r2 * n + k];
            m[r2 * n + k] = t;
        }
    }

    private static void eliminateBelow(double[] m, int n, int column) {
        double p = m[column * n + column];
        for (int row = column + 1; row < n; row++) {
            double factor = m[row * n + column] / p;
            for (int k = column; k < n; k++) {
                m[row * n + k] -= factor * m[column * n + k];
            }
        }
    }
}
