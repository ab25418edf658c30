package dev.torchlet.engine;

/**
 * Comparisons ({@code eq ne lt le gt ge}, the operators {@code == != < <= > >=}) and logical
 * and bitwise ops. Comparisons broadcast, compute in the promoted dtype (so a Python number is
 * first rounded to the tensor's dtype, as in PyTorch) and give bool tensors; none is
 * differentiable.
 */
public final class Comparisons {
    private Comparisons() {
    }

    /** The six comparisons, each with its PyTorch name. */
    public enum Comparison {
        EQ("eq"), NE("ne"), LT("lt"), LE("le"), GT("gt"), GE("ge");

        private final String pytorchName;

        Comparison(String pytorchName) {
            this.pytorchName = pytorchName;
        }

        public String pytorchName() {
            return pytorchName;
        }

        boolean test(double a, double b) {
            return switch (this) {
                case EQ -> a == b;
                case NE -> a != b;
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                case GE -> a >= b;
            };
        }

        boolean test(long a, long b) {
            return switch (this) {
                case EQ -> a == b;
                case NE -> a != b;
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                case GE -> a >= b;
            };
        }
    }

    public static Tensor compare(Comparison op, Tensor a, Tensor b) {
        DType common = TypePromotion.promote(a.dtype(), b.dtype());
        Tensor x = a.detach().to(common);
        Tensor y = b.detach().to(common);
        if (DeviceKernels.onAccelerator(x, y)) {
            return DeviceKernels.binary(op.pytorchName(), x, y, Broadcast.shapes(x.shape(), y.shape()), DType.BOOL);
        }
        if (common.isFloatingPoint()) {
            return ElementwiseMap.mapDouble(DType.BOOL, v -> op.test(v[0], v[1]) ? 1 : 0, x, y);
        }
        return ElementwiseMap.mapLong(DType.BOOL, v -> op.test(v[0], v[1]) ? 1 : 0, x, y);
    }

    public static Tensor compare(Comparison op, Tensor a, Scalar b) {
        DType common = TypePromotion.promote(a.dtype(), b);
        return compare(op, a, Torch.full(new long[0], b, common));
    }

    public static Tensor eq(Tensor a, Tensor b) {
        return compare(Comparison.EQ, a, b);
    }

    public static Tensor ne(Tensor a, Tensor b) {
        return compare(Comparison.NE, a, b);
    }

    public static Tensor lt(Tensor a, Tensor b) {
        return compare(Comparison.LT, a, b);
    }

    public static Tensor le(Tensor a, Tensor b) {
        return compare(Comparison.LE, a, b);
    }

    public static Tensor gt(Tensor a, Tensor b) {
        return compare(Comparison.GT, a, b);
    }

    public static Tensor ge(Tensor a, Tensor b) {
        return compare(Comparison.GE, a, b);
    }

    /** {@code torch.equal(a, b)}: same shape and same values. */
    public static boolean equal(Tensor a, Tensor b) {
        return java.util.Arrays.equals(a.shape(), b.shape()) && !any(compare(Comparison.NE, a, b));
    }

    private static boolean any(Tensor bools) {
        for (long i = 0; i < bools.numel(); i++) {
            if (bools.longAt(i) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The logical and bitwise ops of two operands. */
    public enum Logical {
        AND("and"), OR("or"), XOR("xor");

        private final String pytorchName;

        Logical(String pytorchName) {
            this.pytorchName = pytorchName;
        }

        public String pytorchName() {
            return pytorchName;
        }

        boolean test(boolean a, boolean b) {
            return switch (this) {
                case AND -> a && b;
                case OR -> a || b;
                case XOR -> a != b;
            };
        }

        long bits(long a, long b) {
            return switch (this) {
                case AND -> a & b;
                case OR -> a | b;
                case XOR -> a ^ b;
            };
        }
    }

    /** {@code logical_and/or/xor}: any dtypes, nonzero is true; the result is bool. */
    public static Tensor logical(Logical op, Tensor a, Tensor b) {
        if (DeviceKernels.onAccelerator(a, b)) {
            DType common = TypePromotion.promote(a.dtype(), b.dtype());
            return DeviceKernels.binary("logical_" + op.pytorchName(), a.detach().to(common), b.detach().to(common),
                    Broadcast.shapes(a.shape(), b.shape()), DType.BOOL);
        }
        return ElementwiseMap.mapDouble(DType.BOOL, v -> op.test(v[0] != 0, v[1] != 0) ? 1 : 0, a.detach(), b.detach());
    }

    /** {@code logical_not}: bool result, true where the input is zero. */
    public static Tensor logicalNot(Tensor a) {
        if (!a.device().isCpu()) {
            return compare(Comparison.EQ, a, Torch.full(new long[0], Scalar.of(0L), a.dtype()));
        }
        return ElementwiseMap.mapDouble(DType.BOOL, v -> v[0] == 0 ? 1 : 0, a.detach());
    }

    /** {@code & | ^} ({@code bitwise_and/or/xor}): bool and integer tensors only, as in PyTorch. */
    public static Tensor bitwise(Logical op, Tensor a, Tensor b) {
        DType common = TypePromotion.promote(a.dtype(), b.dtype());
        if (common.isFloatingPoint()) {
            throw TorchException.runtime("\"bitwise_" + op.pytorchName() + "_cpu\" not implemented for '" + ShapeOps.typeName(common) + "'");
        }
        if (common == DType.BOOL && DeviceKernels.onAccelerator(a, b)) {
            return logical(op, a, b); // on bools the bitwise ops are the logical ones: (x > 0) & mask
        }
        if (DeviceKernels.onAccelerator(a, b)) {
            return DeviceKernels.binary("bitwise_" + op.pytorchName(), a.detach().to(common), b.detach().to(common),
                    Broadcast.shapes(a.shape(), b.shape()), common);
        }
        return ElementwiseMap.mapLong(common, v -> op.bits(v[0], v[1]), a.detach().to(common), b.detach().to(common));
    }

    public static Tensor bitwise(Logical op, Tensor a, Scalar b) {
        return bitwise(op, a, Torch.full(new long[0], b, TypePromotion.promote(a.dtype(), b)));
    }

    /** {@code ~} ({@code bitwise_not}): logical not for bool tensors, two's complement for integers. */
    public static Tensor bitwiseNot(Tensor a) {
        if (a.dtype().isFloatingPoint()) {
            throw new TorchException(TorchException.Kind.TYPE_ERROR, "~ (operator.invert) is only implemented on integer and Boolean-type tensors");
        }
        if (a.dtype() == DType.BOOL) {
            return logicalNot(a);
        }
        if (!a.device().isCpu()) {
            return DeviceKernels.unary("bitwise_not", a.detach(), a.dtype());
        }
        return ElementwiseMap.mapLong(a.dtype(), v -> ~v[0], a.detach());
    }
}
