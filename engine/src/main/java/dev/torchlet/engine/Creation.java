package dev.torchlet.engine;

/** Factory functions beyond zeros/ones/full: {@code empty}, {@code eye}, {@code linspace}, {@code logspace}, the {@code *_like} family. */
public final class Creation {
    private Creation() {
    }

    private static DType orDefault(DType dtype) {
        return dtype == null ? Torch.getDefaultDtype() : dtype;
    }

    /** {@code torch.empty(*shape)}: Torchlet's memory starts zeroed, so "uninitialised" reads as zeros. */
    public static Tensor empty(long[] shape, DType dtype) {
        return Tensor.empty(shape, orDefault(dtype));
    }

    /** {@code torch.eye(n, m)}: ones on the diagonal. */
    public static Tensor eye(long n, long m, DType dtype) {
        if (n < 0) {
            throw TorchException.runtime("n must be greater or equal to 0, got " + n);
        }
        if (m < 0) {
            throw TorchException.runtime("m must be greater or equal to 0, got " + m);
        }
        Tensor t = Tensor.empty(new long[] {n, m}, orDefault(dtype));
        for (long i = 0; i < Math.min(n, m); i++) {
            t.storage().setLong((int) (i * m + i), 1);
        }
        return t;
    }

    /**
     * {@code torch.linspace(start, end, steps)}: the first half counted up from start and the second
     * half down from end, in the dtype's own precision, as PyTorch's kernel does (see LinearSpacing).
     */
    public static Tensor linspace(double start, double end, long steps, DType dtype) {
        return spaced(start, end, steps, dtype, null);
    }

    /** {@code torch.logspace(start, end, steps, base)}: base raised to linspace's points. */
    public static Tensor logspace(double start, double end, long steps, double base, DType dtype) {
        return spaced(start, end, steps, dtype, base);
    }

    private static Tensor spaced(double start, double end, long steps, DType dtype, Double base) {
        if (steps < 0) {
            throw TorchException.runtime("number of steps must be non-negative");
        }
        DType type = orDefault(dtype);
        Tensor t = Tensor.empty(new long[] {steps}, type);
        boolean single = type == DType.FLOAT32;
        // An integer linspace takes float64 points (PyTorch's step is a double there) and truncates them.
        double[] points = base == null ? LinearSpacing.linspace(start, end, steps, single)
                : LinearSpacing.logspaceExponents(start, end, steps, single);
        for (long i = 0; i < steps; i++) {
            double point = points[(int) i];
            if (base != null) {
                point = Math.pow(base, point); // PyTorch raises the base in double, then rounds once
            }
            if (type.isFloatingPoint()) {
                t.storage().setDouble((int) i, point);
            } else {
                t.storage().setLong((int) i, (long) point);
            }
        }
        return t;
    }

    public static Tensor zerosLike(Tensor t, DType dtype) {
        return Torch.full(t.shape(), Scalar.of(0L), dtype == null ? t.dtype() : dtype, t.device());
    }

    public static Tensor onesLike(Tensor t, DType dtype) {
        return Torch.full(t.shape(), Scalar.of(1L), dtype == null ? t.dtype() : dtype, t.device());
    }

    public static Tensor fullLike(Tensor t, Scalar value, DType dtype) {
        return Torch.full(t.shape(), value, dtype == null ? t.dtype() : dtype, t.device());
    }

    public static Tensor emptyLike(Tensor t, DType dtype) {
        return Tensor.empty(t.shape(), dtype == null ? t.dtype() : dtype, t.device());
    }

    public static Tensor randLike(Tensor t, DType dtype) {
        // Drawn by the CPU generator and moved, so a seeded program prints the same numbers on every device.
        return Torch.rand(t.shape(), dtype == null ? t.dtype() : dtype).to(t.device());
    }

    public static Tensor randnLike(Tensor t, DType dtype) {
        return Torch.randn(t.shape(), dtype == null ? t.dtype() : dtype).to(t.device());
    }
}
