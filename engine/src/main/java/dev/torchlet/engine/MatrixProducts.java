package dev.torchlet.engine;

/**
 * {@code matmul} for 1-D and 2-D operands (dot, matrix-vector, vector-matrix, matrix-matrix) on
 * the CPU reference backend. Each output element is accumulated in double and rounded once;
 * the i-k-j loop order walks both operands row by row, so the inner loop is sequential.
 */
final class MatrixProducts {
    private MatrixProducts() {
    }

    static Tensor matmul(Tensor a, Tensor b) {
        if (a.dim() == 0 || b.dim() == 0) {
            throw TorchException.runtime("both arguments to matmul need to be at least 1D, but they are "
                    + a.dim() + "D and " + b.dim() + "D");
        }
        if (a.dim() > 2 || b.dim() > 2) {
            throw TorchException.notImplemented("matmul of tensors with more than 2 dimensions");
        }
        if (a.dtype() != b.dtype()) {
            throw TorchException.runtime("expected scalar type " + scalarName(a.dtype()) + " but found " + scalarName(b.dtype()));
        }
        // Promote vectors to matrices, multiply, then drop the added dimensions, as PyTorch defines matmul.
        Tensor left = a.dim() == 1 ? a.view(1, a.size(0)) : a;
        Tensor right = b.dim() == 1 ? b.view(b.size(0), 1) : b;
        Tensor product = mm(left, right, a.dim() == 1 && b.dim() == 1, a, b);
        if (a.dim() == 1 && b.dim() == 1) {
            return product.view();
        }
        if (a.dim() == 1) {
            return product.view(product.size(1));
        }
        if (b.dim() == 1) {
            return product.view(product.size(0));
        }
        return product;
    }

    static Tensor mm(Tensor a, Tensor b) {
        if (a.dim() != 2 || b.dim() != 2) {
            throw TorchException.runtime((a.dim() != 2 ? "self" : "mat2") + " must be a matrix");
        }
        return matmul(a, b);
    }

    private static Tensor mm(Tensor left, Tensor right, boolean vectors, Tensor originalA, Tensor originalB) {
        long m = left.size(0);
        long k = left.size(1);
        long n = right.size(1);
        if (right.size(0) != k) {
            if (vectors) {
                throw TorchException.runtime("inconsistent tensor size, expected tensor [" + originalA.size(0) + "] and src ["
                        + originalB.size(0) + "] to have the same number of elements, but got " + originalA.size(0) + " and "
                        + originalB.size(0) + " elements respectively");
            }
            throw TorchException.runtime("mat1 and mat2 shapes cannot be multiplied (" + m + "x" + k + " and "
                    + right.size(0) + "x" + n + ")");
        }
        if (DeviceKernels.onAccelerator(left, right)) {
            // One batch of the device's bmm; detached, so the reshaping records no graph nodes.
            Tensor a = left.detach().contiguous();
            Tensor b = right.detach().contiguous();
            return DeviceKernels.bmm(a.view(1, m, k), b.view(1, k, n)).view(m, n);
        }
        Tensor a = left.contiguous();
        Tensor b = right.contiguous();
        Tensor out = Tensor.empty(new long[] {m, n}, a.dtype());
        if (a.dtype().isFloatingPoint()) {
            // Row i of the product accumulates in double over p in order (a[i, p] * b[p, :]), then rounds once.
            double[] av = TensorValues.read(a);
            double[] bv = TensorValues.read(b);
            double[] row = new double[(int) n];
            for (int i = 0; i < m; i++) {
                java.util.Arrays.fill(row, 0);
                for (int p = 0; p < k; p++) {
                    double x = av[(int) (i * k + p)];
                    int bRow = (int) (p * n);
                    for (int j = 0; j < n; j++) {
                        row[j] += x * bv[bRow + j];
                    }
                }
                for (int j = 0; j < n; j++) {
                    out.storage().setDouble((int) (i * n + j), row[j]);
                }
            }
            return out;
        }
        long[] rowL = new long[(int) n];
        for (long i = 0; i < m; i++) {
            java.util.Arrays.fill(rowL, 0);
            for (long p = 0; p < k; p++) {
                long av = a.longAt(i * k + p);
                long bRow = p * n;
                for (int j = 0; j < n; j++) {
                    rowL[j] += av * b.longAt(bRow + j);
                }
            }
            for (int j = 0; j < n; j++) {
                out.storage().setLong((int) (i * n + j), rowL[j]);
            }
        }
        return out;
    }

    private static String scalarName(DType dtype) {
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
