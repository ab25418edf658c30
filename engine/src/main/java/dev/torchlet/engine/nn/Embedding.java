package dev.torchlet.engine.nn;

import dev.torchlet.engine.Comparisons;
import dev.torchlet.engine.DType;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.autograd.Graph;

/** {@code F.embedding}: rows of the weight picked by integer indices (EmbeddingBackward0 adds gradients back into rows). */
public final class Embedding {
    private Embedding() {
    }

    public static Tensor embedding(Tensor indices, Tensor weight, Long paddingIdx) {
        if (indices.dtype() != DType.INT64 && indices.dtype() != DType.INT32) {
            throw TorchException.runtime("Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; "
                    + "but got torch." + ShapeOps.typeName(indices.dtype()) + "Tensor instead (while checking arguments for embedding)");
        }
        long rows = weight.size(0);
        long dim = weight.size(1);
        Tensor flat = indices.reshape(-1).to(DType.INT64);
        Tensor flatValues = flat.onHost();
        for (long i = 0; i < flat.numel(); i++) {
            long index = flatValues.longAt(i);
            if (index < 0 || index >= rows) {
                throw new TorchException(TorchException.Kind.INDEX_ERROR, "index out of range in self");
            }
        }
        long[] shape = new long[indices.dim() + 1];
        System.arraycopy(indices.shape(), 0, shape, 0, indices.dim());
        shape[indices.dim()] = dim;
        Tensor result = Untracked.compute(() -> weight.indexSelect(0, flat).reshape(shape));
        long count = flat.numel();
        return Graph.record(result, "EmbeddingBackward0", new Tensor[] {indices}, g -> {
            Tensor perRow = g.reshape(count, dim);
            if (paddingIdx != null) {
                Tensor padded = Comparisons.compare(Comparisons.Comparison.EQ, flat, Scalar.of(paddingIdx)).view(count, 1);
                perRow = perRow.maskedFill(padded, Scalar.of(0L));
            }
            Tensor where = ShapeOps.expand(flat.view(count, 1), count, dim);
            return new Tensor[] {Torch.full(new long[] {rows, dim}, Scalar.of(0L), weight.dtype(), weight.device()).scatterAdd(0, where, perRow)};
        }, weight);
    }
}
