package dev.torchlet.engine;

import dev.torchlet.engine.autograd.GradMode;
import dev.torchlet.engine.autograd.Graph;
import dev.torchlet.engine.format.SizeText;
import dev.torchlet.engine.indexing.TensorIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * PyTorch's {@code x[key]} and {@code x[key] = value}. Integers, slices, None and Ellipsis are
 * applied first as views (select, slice, unsqueeze: they share storage and record their own
 * grad_fn); integer tensors and bool masks (turned into the integer tensors of their nonzero
 * positions) then gather a copy. The advanced dimensions go where PyTorch puts them: in place
 * when they are adjacent, else first.
 */
final class Indexing {
    private Indexing() {
    }

    /** The view left by the basic entries of a key, and the advanced indices to apply to it. */
    record Located(Tensor view, List<Integer> dims, List<Tensor> indices) {
        boolean advanced() {
            return !dims.isEmpty();
        }
    }

    /** An advanced index resolved to positions: result element i is element {@code sources[i]} (row-major) of the view. */
    record Gathered(long[] shape, long[] sources) {
    }

    static Tensor index(Tensor self, List<TensorIndex> key) {
        if (key.isEmpty()) {
            return Graph.record(Tensor.alias(self, self.storageOffset(), self.shape(), self.stride()), "AliasBackward0",
                    g -> new Tensor[] {g}, self);
        }
        Located located = locate(self, key);
        if (!located.advanced()) {
            return located.view();
        }
        Tensor view = located.view();
        Gathered gathered = gather(located);
        Tensor out = ElementPositions.take(view, gathered.sources(), gathered.shape());
        long[] viewShape = view.shape();
        return Graph.record(out, "IndexBackward0", located.indices().toArray(new Tensor[0]), g -> new Tensor[] {
            ElementPositions.scatterInto(viewShape, gathered.sources(), g)}, view);
    }

    /** {@code self[key] = value} (or {@code +=} with accumulate, as {@code index_put_(..., accumulate=True)}). */
    static Tensor indexPut(Tensor self, List<TensorIndex> key, Tensor value, boolean accumulate) {
        InPlace.checkAllowed(self);
        Tensor base = InPlace.baseToRewrite(self);
        Located located;
        boolean previous = GradMode.isEnabled();
        GradMode.setEnabled(false);
        try {
            located = locate(self, key);
        } finally {
            GradMode.setEnabled(previous);
        }
        if (!located.advanced()) {
            if (accumulate) {
                located.view().copyValuesFrom(located.view().add(value));
            } else {
                located.view().copyValuesFrom(value);
            }
        } else {
            Gathered gathered = gather(located);
            long[] target = gathered.shape();
            if (!broadcastsTo(value.shape(), target)) {
                throw new TorchException(TorchException.Kind.RUNTIME_ERROR, "shape mismatch: value tensor of shape "
                        + SizeText.list(value.shape()) + " cannot be broadcast to indexing result of shape " + SizeText.list(target));
            }
            ElementPositions.put(located.view(), gathered.sources(), value, target, accumulate);
        }
        if (!Graph.recording(self, value)) {
            return self;
        }
        boolean onSelf = true;
        for (TensorIndex entry : key) {
            onSelf &= entry instanceof TensorIndex.Indices || entry instanceof TensorIndex.Rest || TensorIndex.ALL.equals(entry);
        }
        long[] valueShape = value.shape();
        DType valueType = value.dtype();
        return InPlace.adopt(self, base, InPlace.node(self, onSelf && located.advanced() ? "IndexPutBackward0" : "CopySlices", g -> {
            Tensor selfGrad = g;
            if (!accumulate) {
                selfGrad = g.clone();
                indexPut(selfGrad, key, Torch.full(new long[0], Scalar.of(0L), g.dtype()), false);
            }
            Tensor valueGrad = Derivatives.sumToShape(index(g, key), valueShape).to(valueType);
            return new Tensor[] {selfGrad, valueGrad};
        }, self, value));
    }

    private static boolean broadcastsTo(long[] shape, long[] target) {
        if (shape.length > target.length) {
            return false;
        }
        for (int i = 1; i <= shape.length; i++) {
            long size = shape[shape.length - i];
            if (size != 1 && size != target[target.length - i]) {
                return false;
            }
        }
        return true;
    }

    /** Applies the basic entries as views and collects the advanced ones (masks become their nonzero positions). */
    static Located locate(Tensor self, List<TensorIndex> key) {
        int consumed = 0;
        boolean ellipsis = false;
        for (TensorIndex entry : key) {
            if (entry instanceof TensorIndex.Indices i) {
                consumed += isMask(i.tensor()) ? i.tensor().dim() : 1;
            } else if (entry instanceof TensorIndex.Rest) {
                ellipsis = true;
            } else if (!(entry instanceof TensorIndex.NewAxis)) {
                consumed++;
            }
        }
        if (consumed > self.dim()) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, "too many indices for tensor of dimension " + self.dim());
        }
        Tensor view = self;
        int dim = 0;
        List<Integer> dims = new ArrayList<>();
        List<Tensor> indices = new ArrayList<>();
        boolean ellipsisSeen = false;
        for (TensorIndex entry : key) {
            switch (entry) {
                case TensorIndex.Single s -> view = view.select(dim, s.index());
                case TensorIndex.Range r -> {
                    view = view.slice(dim, r.start(), r.stop(), r.step());
                    dim++;
                }
                case TensorIndex.NewAxis n -> {
                    view = ShapeOps.unsqueeze(view, dim);
                    dim++;
                }
                case TensorIndex.Rest e -> {
                    if (!ellipsisSeen) {
                        dim += self.dim() - consumed;
                    }
                    ellipsisSeen = true;
                }
                case TensorIndex.Indices i -> {
                    Tensor t = i.tensor();
                    if (isMask(t)) {
                        if (t.dim() == 0) {
                            // True/False (or a 0-dim mask): a new dimension, kept whole (size 1) or emptied (size 0), as PyTorch.
                            view = ShapeOps.unsqueeze(view, dim);
                            dims.add(dim);
                            indices.add(t.itemAsLong() != 0 ? Torch.zeros(1).to(DType.INT64) : Torch.zeros(0).to(DType.INT64));
                            dim++;
                            continue;
                        }
                        checkMaskShape(t, view, dim);
                        Tensor positions = IndexFunctions.nonzero(t);
                        for (int k = 0; k < t.dim(); k++) {
                            dims.add(dim + k);
                            indices.add(positions.select(1, k));
                        }
                        dim += t.dim();
                    } else {
                        if (t.dtype() != DType.INT64) {
                            throw new TorchException(TorchException.Kind.INDEX_ERROR,
                                    "tensors used as indices must be long, byte or bool tensors");
                        }
                        dims.add(dim);
                        indices.add(t);
                        dim++;
                    }
                }
            }
        }
        return new Located(view, dims, indices);
    }

    private static boolean isMask(Tensor t) {
        return t.dtype() == DType.BOOL || t.dtype() == DType.UINT8;
    }

    private static void checkMaskShape(Tensor mask, Tensor view, int dim) {
        long[] maskShape = mask.shape();
        long[] viewShape = view.shape();
        for (int k = 0; k < maskShape.length; k++) {
            if (dim + k >= viewShape.length || maskShape[k] != viewShape[dim + k]) {
                throw new TorchException(TorchException.Kind.INDEX_ERROR, "The shape of the mask " + SizeText.list(maskShape)
                        + " at index " + k + " does not match the shape of the indexed tensor " + SizeText.list(viewShape)
                        + " at index " + (dim + k));
            }
        }
    }

    /** The result shape and, per result element, the source element of the view (PyTorch's placement of advanced dims). */
    static Gathered gather(Located located) {
        long[] viewShape = located.view().shape();
        List<Integer> dims = located.dims();
        List<Tensor> indices = located.indices();
        long[] block = indices.get(0).shape();
        for (Tensor t : indices) {
            try {
                block = Broadcast.shapes(block, t.shape());
            } catch (TorchException e) {
                StringBuilder shapes = new StringBuilder();
                for (Tensor u : indices) {
                    shapes.append(shapes.length() == 0 ? "" : ", ").append(SizeText.list(u.shape()));
                }
                throw new TorchException(TorchException.Kind.INDEX_ERROR,
                        "shape mismatch: indexing tensors could not be broadcast together with shapes " + shapes);
            }
        }
        boolean adjacent = dims.get(dims.size() - 1) - dims.get(0) == dims.size() - 1;
        List<Integer> rest = new ArrayList<>();
        for (int d = 0; d < viewShape.length; d++) {
            if (!dims.contains(d)) {
                rest.add(d);
            }
        }
        int insertAt = adjacent ? dims.get(0) : 0;
        long[] shape = new long[rest.size() + block.length];
        for (int i = 0, r = 0; i < shape.length; i++) {
            shape[i] = i >= insertAt && i < insertAt + block.length ? block[i - insertAt] : viewShape[rest.get(r++)];
        }
        long[] viewStrides = Tensor.contiguousStrides(viewShape);
        long blockSize = Tensor.numelOf(block);
        // The source offset contributed by each position in the broadcast block of indices.
        long[] blockOffsets = new long[(int) blockSize];
        for (int k = 0; k < indices.size(); k++) {
            Tensor idx = indices.get(k).onHost().contiguous();
            int d = dims.get(k);
            long[] readStrides = Broadcast.expandedStrides(idx.shape(), block);
            for (int b = 0; b < blockSize; b++) {
                long at = 0;
                long remaining = b;
                for (int j = block.length - 1; j >= 0; j--) {
                    at += (remaining % block[j]) * readStrides[j];
                    remaining /= block[j];
                }
                long value = idx.longAt(at);
                long size = viewShape[d];
                if (value < -size || value >= size) {
                    throw new TorchException(TorchException.Kind.INDEX_ERROR, "index " + value
                            + " is out of bounds for dimension " + k + " with size " + size);
                }
                blockOffsets[b] += (value < 0 ? value + size : value) * viewStrides[d];
            }
        }
        long total = Tensor.numelOf(shape);
        long[] sources = new long[(int) total];
        for (long i = 0; i < total; i++) {
            long remaining = i;
            long source = 0;
            long blockIndex = 0;
            long blockScale = 1;
            int r = rest.size() - 1;
            for (int j = shape.length - 1; j >= 0; j--) {
                long coordinate = remaining % shape[j];
                remaining /= shape[j];
                if (j >= insertAt && j < insertAt + block.length) {
                    blockIndex += coordinate * blockScale;
                    blockScale *= shape[j];
                } else {
                    source += coordinate * viewStrides[rest.get(r--)];
                }
            }
            sources[(int) i] = source + (blockSize == 0 ? 0 : blockOffsets[(int) blockIndex]);
        }
        return new Gathered(shape, sources);
    }
}
