package dev.torchlet.engine.autograd;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.format.SizeText;

/**
 * A tensor a backward rule reads, with the version of its memory when it was saved, so that
 * backward refuses (with PyTorch's message) to use it after an in-place change.
 */
final class SavedTensor {
    private final Tensor tensor;
    private final long version;
    /** "output 0 of X": the grad_fn that made the tensor, as PyTorch names it in the error; null for leaves. */
    private final String madeBy;

    SavedTensor(Tensor tensor, String outputOf) {
        this.tensor = tensor;
        this.version = tensor.version();
        this.madeBy = outputOf != null ? outputOf : tensor.gradFn() == null ? null : tensor.gradFn().name();
    }

    Tensor tensor() {
        return tensor;
    }

    void checkUnmodified() {
        long now = tensor.version();
        if (now != version) {
            throw TorchException.runtime("one of the variables needed for gradient computation has been modified by an "
                    + "inplace operation: [torch." + legacyTypeName(tensor.dtype()) + " " + SizeText.list(tensor.shape()) + "]"
                    + (madeBy == null ? "" : ", which is output 0 of " + madeBy + ",") + " is at version " + now
                    + "; expected version " + version + " instead. Hint: enable anomaly detection to find the operation "
                    + "that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).");
        }
    }

    /** PyTorch's legacy tensor type names ({@code FloatTensor}, …) that its error messages use. */
    static String legacyTypeName(DType dtype) {
        return switch (dtype) {
            case FLOAT32 -> "FloatTensor";
            case FLOAT64 -> "DoubleTensor";
            case INT64 -> "LongTensor";
            case INT32 -> "IntTensor";
            case UINT8 -> "ByteTensor";
            case BOOL -> "BoolTensor";
        };
    }
}
