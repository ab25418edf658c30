package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;

/**
 * {@code trace}, {@code det} and {@code inverse} of one matrix, with PyTorch's grad_fns
 * ({@code TraceBackward0}, {@code LinalgDetBackward0}, {@code LinalgInvExBackward0}). det and
 * inverse use Gaussian elimination with partial pivoting in double precision, rounded once to the
 * input's dtype (known difference: PyTorch's float32 LAPACK LU rounds every step, so float32
 * results may differ in the last bits). Both take batches of matrices (…×n×n).
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

    /** {@code det(A)} of a square floating-point matrix, or of each matrix in a batch (…×n×n gives …). */
    public static Tensor det(Tensor a) {
        int n = square(a, "linalg.det");
        long[] batchShape = batchShape(a);
        Tensor result;
        if (a.device().isCpu()) {
            double[] m = values(a);
            result = Tensor.empty(batchShape, a.dtype());
            for (int b = 0; b < result.numel(); b++) {
                result.storage().setDouble(b, determinant(m, b * n * n, n));
            }
        } else {
            result = determinantsOnDevice(asBatch(a.detach())).reshape(batchShape);
        }
        return Graph.record(result, "LinalgDetBackward0", new Tensor[] {a, result}, g -> new Tensor[] {detGradient(a, result, g)}, a);
    }

    /**
     * d det / dA = det · A⁻ᵀ, written in tensor ops so it is differentiable again, when every matrix
     * is invertible; otherwise the cofactor matrices times g (the same derivative, defined for
     * singular matrices too), computed as constants: second derivatives through a singular matrix are not
     * supported (PyTorch takes them through an SVD).
     */
    private static Tensor detGradient(Tensor a, Tensor det, Tensor g) {
        boolean invertible = true;
        Tensor detValues = det.onHost();
        for (long b = 0; b < det.numel(); b++) {
            invertible &= detValues.doubleAt(b) != 0;
        }
        if (invertible) {
            return inverse(a).transpose(-2, -1).mul(asMatrices(det)).mul(asMatrices(g));
        }
        if (!a.device().isCpu()) {
            return cofactorsOnDevice(a.detach()).mul(asMatrices(g));
        }
        int n = (int) a.size(a.dim() - 1);
        double[] m = values(a);
        Tensor cofactors = Tensor.empty(a.shape(), g.dtype());
        double[] minor = new double[(n - 1) * (n - 1)];
        for (int start = 0; start < m.length; start += n * n) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    int k = 0;
                    for (int r = 0; r < n; r++) {
                        for (int c = 0; c < n; c++) {
                            if (r != i && c != j) {
                                minor[k++] = m[start + r * n + c];
                            }
                        }
                    }
                    double sign = (i + j) % 2 == 0 ? 1 : -1;
                    // + 0.0 turns −0 into 0, as PyTorch's sums of products give it.
                    double value = sign * determinant(minor, 0, n - 1) * g.doubleAt(start / (n * n)) + 0.0;
                    cofactors.storage().setDouble(start + i * n + j, value);
                }
            }
        }
        return cofactors;
    }

    /** LU with partial pivoting; det = sign of the row swaps × product of U's diagonal (a zero pivot gives ±0 like LAPACK). */
    private static double determinant(double[] all, int offset, int n) {
        double[] m = java.util.Arrays.copyOfRange(all, offset, offset + n * n);
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
        return sign * product;
    }

    /** {@code inverse(A)} of a square floating-point matrix or of each in a batch; a singular one raises PyTorch's error. */
    public static Tensor inverse(Tensor a) {
        int n = square(a, "linalg.inv");
        Tensor result;
        if (a.device().isCpu()) {
            double[] m = values(a);
            result = Tensor.empty(a.shape(), a.dtype());
            int matrices = n == 0 ? 0 : m.length / (n * n);
            for (int b = 0; b < matrices; b++) {
                double[] inv = inverted(java.util.Arrays.copyOfRange(m, b * n * n, (b + 1) * n * n), n, batchElement(a, b));
                for (int i = 0; i < n * n; i++) {
                    result.storage().setDouble(b * n * n + i, inv[i]);
                }
            }
        } else {
            result = inverseOnDevice(a.detach());
        }
        // d(A⁻¹) = −A⁻ᵀ · g · A⁻ᵀ, from the saved result, so gradients of gradients work too.
        return Graph.record(result, "LinalgInvExBackward0", new Tensor[] {result},
                g -> new Tensor[] {result.transpose(-2, -1).matmul(g).matmul(result.transpose(-2, -1)).neg()}, a);
    }

    /** PyTorch names the failing matrix only when there is a batch. */
    private static String batchElement(Tensor a, long b) {
        return a.dim() > 2 ? "(Batch element " + b + "): " : "";
    }

    private static String singularMessage(String where, long column) {
        return "linalg.inv: " + where + "The diagonal element " + (column + 1) + " is zero, the "
                + "inversion could not be completed because the input matrix is singular.";
    }

    /** …×n×n as batch×n×n (one matrix is a batch of one). */
    private static Tensor asBatch(Tensor a) {
        long n = a.size(a.dim() - 1);
        return a.reshape(n == 0 ? 0 : a.numel() / (n * n), n, n);
    }

    /** The determinant of each matrix of {@code [batch, n, n]} on its device: ± the product of the pivots. */
    private static Tensor determinantsOnDevice(Tensor matrices) {
        DeviceElimination eliminated = DeviceElimination.of(matrices, false);
        Tensor sign = ElementwiseOps.binary(BinaryOp.REMAINDER, eliminated.swaps(), Scalar.of(2L)).mul(Scalar.of(-2L)).add(Scalar.of(1L));
        return DeviceStatistics.prod(eliminated.pivots(), 1, false).mul(sign.to(matrices.dtype()));
    }

    /** The inverse of each matrix on its device; reads back which pivots were zero to raise the CPU's error. */
    private static Tensor inverseOnDevice(Tensor a) {
        long n = a.size(a.dim() - 1);
        DeviceElimination eliminated = DeviceElimination.of(asBatch(a), true);
        Tensor firstZero = eliminated.firstZeroPivot().onHost();
        for (long b = 0; b < firstZero.numel(); b++) {
            if (firstZero.longAt(b) < n) {
                throw TorchException.runtime(singularMessage(batchElement(a, b), firstZero.longAt(b)));
            }
        }
        return eliminated.reduced().slice(2, n, 2 * n, 1).contiguous().reshape(a.shape());
    }

    /**
     * The cofactor matrices of {@code a} on its device: entry (i, j) is (−1)^(i+j) times the
     * determinant of the minor without row i and column j, all minors of the batch eliminated
     * together (their element positions depend only on the shape).
     */
    private static Tensor cofactorsOnDevice(Tensor a) {
        int n = (int) a.size(a.dim() - 1);
        if (n == 1) {
            return Creation.onesLike(a, a.dtype());
        }
        long matrices = a.numel() / ((long) n * n);
        int m = n - 1;
        long[] sources = new long[(int) (matrices * n * n * m * m)];
        long[] signs = new long[n * n];
        int at = 0;
        for (long b = 0; b < matrices; b++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    signs[i * n + j] = (i + j) % 2 == 0 ? 1 : -1;
                    for (int r = 0; r < m; r++) {
                        for (int c = 0; c < m; c++) {
                            sources[at++] = b * n * n + (long) (r < i ? r : r + 1) * n + (c < j ? c : c + 1);
                        }
                    }
                }
            }
        }
        Tensor minors = DeviceKernels.take(a.contiguous(), sources, new long[] {matrices * n * n, m, m});
        Tensor signed = determinantsOnDevice(minors).reshape(matrices, n, n)
                .mul(DeviceKernels.integers(signs, a.device()).reshape(n, n).to(a.dtype()));
        // + 0.0 turns −0 into 0, as on the CPU.
        return signed.add(Scalar.of(0.0)).reshape(a.shape());
    }

    /** Gauss–Jordan elimination with partial pivoting of one n×n matrix (overwritten). */
    private static double[] inverted(double[] m, int n, String where) {
        double[] inv = new double[n * n];
        for (int i = 0; i < n; i++) {
            inv[i * n + i] = 1;
        }
        for (int column = 0; column < n; column++) {
            int pivot = pivotRow(m, n, column);
            if (m[pivot * n + column] == 0) {
                throw TorchException.runtime(singularMessage(where, column));
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
        return inv;
    }

    /** A batch of scalars as a batch of 1×1 matrices, to scale each matrix of a batch. */
    private static Tensor asMatrices(Tensor batch) {
        return ShapeOps.unsqueeze(ShapeOps.unsqueeze(batch, batch.dim()), batch.dim() + 1);
    }

    private static long[] batchShape(Tensor a) {
        return java.util.Arrays.copyOf(a.shape(), a.dim() - 2);
    }

    private static int square(Tensor a, String function) {
        if (a.dim() < 2) {
            throw TorchException.runtime(function + ": The input tensor A must have at least 2 dimensions.");
        }
        if (a.size(a.dim() - 2) != a.size(a.dim() - 1)) {
            throw TorchException.runtime(function + ": A must be batches of square matrices, but they are "
                    + a.size(a.dim() - 2) + " by " + a.size(a.dim() - 1) + " matrices");
        }
        if (!a.dtype().isFloatingPoint()) {
            throw TorchException.runtime(function + ": Expected a floating point or complex tensor as input. Got "
                    + ShapeOps.typeName(a.dtype()));
        }
        return (int) a.size(a.dim() - 1);
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
