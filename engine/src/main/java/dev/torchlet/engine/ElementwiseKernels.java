package dev.torchlet.engine;

/**
 * The CPU reference kernels for broadcasting element-wise ops. One loop per number kind, walking
 * the output in row-major order while the inputs advance by their broadcast strides. Operands on
 * an accelerator run its kernels instead ({@link DeviceKernels}).
 */
final class ElementwiseKernels {
    private ElementwiseKernels() {
    }

    static Tensor unary(UnaryOp op, Tensor input) {
        if (!input.device().isCpu()) {
            return DeviceKernels.unary(op, input, op.resultType(input.dtype()));
        }
        Tensor a = input.contiguous();
        Tensor out = Tensor.empty(a.shape(), op.resultType(a.dtype()));
        Storage so = out.storage();
        boolean floating = out.dtype().isFloatingPoint();
        for (int i = 0; i < out.numel(); i++) {
            double x = a.dtype().isFloatingPoint() ? a.doubleAt(i) : a.longAt(i);
            if (floating) {
                so.setDouble(i, op.apply(x));
            } else {
                so.setLong(i, Float64.truncateToLong(op.apply(x)));
            }
        }
        return out;
    }

    static Tensor binary(BinaryOp op, Tensor a, Tensor b) {
        long[] shape = Broadcast.shapes(a.shape(), b.shape());
        DType type = op.resultType(TypePromotion.promote(a.dtype(), b.dtype()));
        return run(op, type, shape, a, b);
    }

    /** {@code reversed} computes {@code scalar op tensor} instead of {@code tensor op scalar}. */
    static Tensor binary(BinaryOp op, Tensor a, Scalar b, boolean reversed) {
        DType type = op.resultType(TypePromotion.promote(a.dtype(), b));
        Tensor scalar = Torch.full(new long[0], b, type);
        return reversed ? run(op, type, a.shape(), scalar, a) : run(op, type, a.shape(), a, scalar);
    }

    private static Tensor run(BinaryOp op, DType type, long[] shape, Tensor stridedA, Tensor stridedB) {
        if (DeviceKernels.onAccelerator(stridedA, stridedB)) {
            return DeviceKernels.binary(op.pytorchName(), stridedA, stridedB, shape, type);
        }
        Tensor a = stridedA.contiguous();
        Tensor b = stridedB.contiguous();
        Tensor out = Tensor.empty(shape, type);
        long[] stridesA = Broadcast.expandedStrides(a.shape(), shape);
        long[] stridesB = Broadcast.expandedStrides(b.shape(), shape);
        long[] index = new long[shape.length];
        long offsetA = 0;
        long offsetB = 0;
        Storage sa = a.storage();
        Storage sb = b.storage();
        Storage so = out.storage();
        long baseA = a.storageOffset();
        long baseB = b.storageOffset();
        for (int i = 0; i < out.numel(); i++) {
            int ia = (int) (baseA + offsetA);
            int ib = (int) (baseB + offsetB);
            switch (type) {
                case FLOAT32 -> so.floats()[i] = op.apply((float) sa.getDouble(ia), (float) sb.getDouble(ib));
                case FLOAT64 -> so.setDouble(i, op.apply(sa.getDouble(ia), sb.getDouble(ib)));
                default -> so.setLong(i, op.apply(sa.getLong(ia), sb.getLong(ib)));
            }
            // Advance the row-major index, carrying into outer dimensions.
            for (int d = shape.length - 1; d >= 0; d--) {
                index[d]++;
                offsetA += stridesA[d];
                offsetB += stridesB[d];
                if (index[d] < shape[d]) {
                    break;
                }
                offsetA -= stridesA[d] * index[d];
                offsetB -= stridesB[d] * index[d];
                index[d] = 0;
            }
        }
        return out;
    }
}
