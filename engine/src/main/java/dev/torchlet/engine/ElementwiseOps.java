package dev.torchlet.engine;

/**
 * Any entry of the element-wise tables as a Java call, with broadcasting, type promotion and
 * autograd: {@code ElementwiseOps.binary(BinaryOp.ATAN2, y, x)}, {@code binary(BinaryOp.REMAINDER, t, Scalar.of(2))}.
 */
public final class ElementwiseOps {
    private ElementwiseOps() {
    }

    public static Tensor binary(BinaryOp op, Tensor a, Tensor b) {
        return op.recordGradients(ElementwiseKernels.binary(op, a, b), a, b);
    }

    public static Tensor binary(BinaryOp op, Tensor a, Scalar b) {
        return op.recordGradients(ElementwiseKernels.binary(op, a, b, false), a, b, false);
    }

    /** {@code b op a} with a Python number on the left (Python's reflected operators: {@code 7 // t}, {@code 2 % t}). */
    public static Tensor reflected(BinaryOp op, Scalar b, Tensor a) {
        return op.recordGradients(ElementwiseKernels.binary(op, a, b, true), a, b, true);
    }

    /** {@code square()}: PyTorch computes it as pow(2) (grad_fn PowBackward0). */
    public static Tensor square(Tensor t) {
        return t.pow(Scalar.of(2L));
    }
}
