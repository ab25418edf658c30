package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;
import dev.torchlet.engine.format.SizeText;

/**
 * {@code index_add(dim, index, source, alpha)} and {@code index_fill(dim, index, value)}: whole
 * slices along {@code dim}, named by a vector of indices, added to or filled. Each is a scatter
 * (add) with the index vector spread over the slices, so it runs wherever scatter runs; the index
 * positions are checked as PyTorch checks them.
 */
public final class IndexAccumulation {
    private IndexAccumulation() {
    }

    /** {@code index_add}: self with {@code alpha · source}'s k-th slice added at slice {@code index[k]}. */
    public static Tensor indexAdd(Tensor self, int dim, Tensor index, Tensor source, Scalar alpha) {
        int d = Dims.wrap(dim, self.dim());
        requireVector(index, "index_add_()", true);
        if (index.dtype() != DType.INT64 && index.dtype() != DType.INT32) {
            throw TorchException.runtime("index_add_(): Expected dtype int32/int64 for index but got: " + ShapeOps.typeName(index.dtype()));
        }
        if (self.dtype() != source.dtype()) {
            throw TorchException.runtime("index_add_(): self (" + ShapeOps.typeName(self.dtype()) + ") and source ("
                    + ShapeOps.typeName(source.dtype()) + ") must have the same scalar type");
        }
        long count = source.dim() == 0 ? 1 : source.size(d);
        if (index.numel() != count) {
            throw TorchException.runtime("index_add_(): Number of indices (" + index.numel() + ") should be equal to source.size(dim): ("
                    + count + "), for dim: " + d);
        }
        long[] positions = hostIndices(index);
        long size = self.dim() == 0 ? 1 : self.size(d);
        for (long p : positions) {
            if (p < 0 || p >= size) {
                throw new TorchException(TorchException.Kind.INDEX_ERROR, "index out of range in self");
            }
        }
        long[] sliceShape = self.shape();
        if (sliceShape.length > 0) {
            sliceShape[d] = count;
        }
        Tensor src = source.detach().reshape(sliceShape.length == 0 ? new long[0] : source.shape());
        ShapeOps.expand(src, sliceShape); // PyTorch's shape check: source must match self apart from dim
        Tensor spread = spreadIndex(positions, self, d, sliceShape);
        Tensor scaled = alpha == null ? src : src.mul(alpha);
        Tensor r = self.detach().scatterAdd(d, spread, scaled.contiguous());
        Tensor idx = index.to(DType.INT64);
        return Graph.record(r, "IndexAddBackward0", new Tensor[] {idx}, g -> new Tensor[] {g,
            alpha == null ? g.indexSelect(d, idx).reshape(source.shape()) : g.indexSelect(d, idx).mul(alpha).reshape(source.shape())},
            self, source);
    }

    /** {@code index_fill}: self with the slices named by {@code index} set to {@code value}. */
    public static Tensor indexFill(Tensor self, int dim, Tensor index, Scalar value) {
        int d = Dims.wrap(dim, self.dim());
        requireVector(index, "index_fill_()", false);
        if (index.dtype() != DType.INT64) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, "index_fill_(): Expected dtype int64 for index.");
        }
        long[] positions = hostIndices(index);
        long size = self.dim() == 0 ? 1 : self.size(d);
        for (int k = 0; k < positions.length; k++) {
            if (positions[k] < -size || positions[k] >= size) {
                throw new TorchException(TorchException.Kind.INDEX_ERROR, "index " + positions[k] + " is out of bounds for dimension " + d
                        + " with size " + size);
            }
            positions[k] = positions[k] < 0 ? positions[k] + size : positions[k];
        }
        long[] sliceShape = self.shape();
        if (sliceShape.length > 0) {
            sliceShape[d] = positions.length;
        }
        Tensor spread = spreadIndex(positions, self, d, sliceShape);
        Tensor r = self.detach().scatter(d, spread, value);
        return Graph.record(r, "IndexFillBackward0", new Tensor[] {spread},
                g -> new Tensor[] {g.scatter(d, spread, Scalar.of(0L))}, self);
    }

    /** The index vector repeated over every slice position: shape {@code sliceShape}, index[k] at position k along d. */
    private static Tensor spreadIndex(long[] positions, Tensor self, int d, long[] sliceShape) {
        Tensor vector = Tensor.empty(new long[] {positions.length}, DType.INT64);
        for (int k = 0; k < positions.length; k++) {
            vector.storage().setLong(k, positions[k]);
        }
        if (sliceShape.length == 0) {
            return vector.reshape().transferredTo(self.device());
        }
        long[] column = new long[sliceShape.length];
        java.util.Arrays.fill(column, 1);
        column[d] = positions.length;
        return ShapeOps.expand(vector.reshape(column), sliceShape).contiguous().transferredTo(self.device());
    }

    private static void requireVector(Tensor index, String function, boolean add) {
        if (index.dim() > 1) {
            if (add) {
                throw new TorchException(TorchException.Kind.INDEX_ERROR, function + ": Index is supposed to be a vector, but got dim: "
                        + index.dim() + " with type: " + ShapeOps.typeName(index.dtype()) + " and size: " + SizeText.list(index.shape()));
            }
            throw new TorchException(TorchException.Kind.INDEX_ERROR, "Index has to be a vector/scalar");
        }
    }

    /** The index values, read on the host (as scatter reads its positions). */
    private static long[] hostIndices(Tensor index) {
        Tensor host = index.onHost();
        long[] values = new long[(int) host.numel()];
        for (int k = 0; k < values.length; k++) {
            values[k] = host.longAt(k);
        }
        return values;
    }
}
