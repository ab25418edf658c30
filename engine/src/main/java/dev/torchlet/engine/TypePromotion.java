package dev.torchlet.engine;

/** PyTorch's result dtypes for mixed operands (the subset of dtypes the engine holds today). */
public final class TypePromotion {
    private TypePromotion() {
    }

    /** Two tensors: the higher category wins; within floating point, the wider type. */
    public static DType promote(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a.isFloatingPoint() || b.isFloatingPoint()) {
            if (a.isFloatingPoint() && b.isFloatingPoint()) {
                return a.itemSize() >= b.itemSize() ? a : b;
            }
            return a.isFloatingPoint() ? a : b;
        }
        return a.itemSize() >= b.itemSize() ? a : b;
    }

    /** A tensor and a Python number: the number only lifts the category (int tensor + 2.5 → default float). */
    public static DType promote(DType tensor, Scalar scalar) {
        if (scalar.isFloatingPoint() && !tensor.isFloatingPoint()) {
            return Torch.getDefaultDtype();
        }
        if (scalar.category() == DType.INT64 && tensor == DType.BOOL) {
            return DType.INT64;
        }
        return tensor;
    }

    /** True division always yields floating point. */
    public static DType divisionResult(DType promoted) {
        return promoted.isFloatingPoint() ? promoted : Torch.getDefaultDtype();
    }
}
