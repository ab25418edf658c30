package dev.torchlet.engine.nn;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Extrema;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.TorchException;

/** {@code F.one_hot}: int64 class indices to int64 rows with a single 1 (not differentiable, as in PyTorch). */
public final class OneHot {
    private OneHot() {
    }

    /** {@code numClasses} = -1 takes the largest index + 1. */
    public static Tensor oneHot(Tensor indices, long numClasses) {
        if (indices.dtype() != DType.INT64) {
            throw TorchException.runtime("one_hot is only applicable to index tensor.");
        }
        long[] shape = new long[indices.dim() + 1];
        System.arraycopy(indices.shape(), 0, shape, 0, indices.dim());
        if (indices.numel() == 0) {
            if (numClasses <= 0) {
                throw TorchException.runtime("Can not infer total number of classes from empty tensor.");
            }
            shape[indices.dim()] = numClasses;
            return Torch.full(shape, Scalar.of(0L), DType.INT64);
        }
        if (Extrema.min(indices).itemAsLong() < 0) {
            throw TorchException.runtime("Class values must be non-negative.");
        }
        long largest = Extrema.max(indices).itemAsLong();
        if (numClasses == -1) {
            numClasses = largest + 1;
        } else if (numClasses <= largest) {
            throw TorchException.runtime("Class values must be smaller than num_classes.");
        }
        shape[indices.dim()] = numClasses;
        // As ATen: zeros, then a 1 scattered at each index along the new last dimension.
        return Torch.full(shape, Scalar.of(0L), DType.INT64).scatter(indices.dim(), ShapeOps.unsqueeze(indices, -1), Scalar.of(1L));
    }
}
