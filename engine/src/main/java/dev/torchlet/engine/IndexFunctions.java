package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;
import dev.torchlet.engine.format.SizeText;
import dev.torchlet.engine.indexing.TensorIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code index_select}, {@code masked_select}, {@code masked_fill}, {@code where}, {@code nonzero},
 * {@code gather}, {@code scatter}, {@code scatter_add} and {@code take} with PyTorch's results,
 * errors and grad_fn names; each is a set of element positions handed to {@link ElementPositions}.
 */
final class IndexFunctions {
    private IndexFunctions() {
    }

    /** {@code nonzero()}: an int64 tensor with one row of coordinates per nonzero element. */
    static Tensor nonzero(Tensor self) {
        Tensor onDevice = self;
        self = self.onHost();
        long[] shape = self.shape();
        List<Long> hits = new ArrayList<>();
        for (long i = 0; i < self.numel(); i++) {
            if (self.dtype().isFloatingPoint() ? self.doubleAt(i) != 0 : self.longAt(i) != 0) {
                hits.add(i);
            }
        }
        Tensor out = Tensor.empty(new long[] {hits.size(), shape.length}, DType.INT64);
        for (int h = 0; h < hits.size(); h++) {
            long rest = hits.get(h);
            for (int d = shape.length - 1; d >= 0; d--) {
                out.storage().setLong(h * shape.length + d, rest % shape[d]);
                rest /= shape[d];
            }
        }
        return out.to(onDevice.device());
    }

    /** {@code index_select(dim, index)}: the entries of a 1-D int64 index along one dimension. */
    static Tensor indexSelect(Tensor self, int dim, Tensor index) {
        int d = self.wrapDim(dim);
        if (index.dim() > 1) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, "index_select(): Index is supposed to be a vector");
        }
        if (index.dtype() != DType.INT64 && index.dtype() != DType.INT32) {
            throw TorchException.runtime("index_select(): Expected dtype int32 or int64 for index");
        }
        long size = self.dim() == 0 ? 1 : self.size(d);
        Tensor indexValues = index.onHost();
        for (long i = 0; i < index.numel(); i++) {
            long v = indexValues.longAt(i);
            if (v < 0 || v >= size) {
                throw new TorchException(TorchException.Kind.INDEX_ERROR, "index out of range in self");
            }
        }
        List<TensorIndex> key = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            key.add(TensorIndex.ALL);
        }
        key.add(TensorIndex.of(index.to(DType.INT64).reshape(index.numel())));
        Indexing.Located located = located(self, key);
        Indexing.Gathered gathered = Indexing.gather(located);
        long[] shape = self.shape();
        return Graph.record(ElementPositions.take(self, gathered.sources(), gathered.shape()), "IndexSelectBackward0",
                new Tensor[] {index}, g -> new Tensor[] {ElementPositions.scatterInto(shape, gathered.sources(), g)}, self);
    }

    /** {@code masked_select(mask)}: the elements where the (broadcast) mask is true, as a 1-D tensor. */
    static Tensor maskedSelect(Tensor self, Tensor mask) {
        requireBoolMask(mask, "masked_select");
        long[] shape = Broadcast.shapes(self.shape(), mask.shape());
        Tensor expanded = broadcastTo(self, shape);
        Tensor m = broadcastTo(mask, shape).onHost();
        List<Long> hits = new ArrayList<>();
        for (long i = 0; i < m.numel(); i++) {
            if (m.longAt(i) != 0) {
                hits.add(i);
            }
        }
        long[] sources = new long[hits.size()];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = hits.get(i);
        }
        long[] selfShape = self.shape();
        return Graph.record(ElementPositions.take(expanded, sources, new long[] {sources.length}), "MaskedSelectBackward0",
                new Tensor[] {mask}, g -> new Tensor[] {
                    Derivatives.sumToShape(ElementPositions.scatterInto(shape, sources, g), selfShape)}, self);
    }

    /** {@code masked_fill(mask, value)}: a copy with {@code value} where the mask is true. */
    static Tensor maskedFill(Tensor self, Tensor mask, Tensor value, boolean valueIsTensor) {
        Tensor out;
        if (DeviceKernels.onAccelerator(self, mask)) {
            checkMaskedFill(self.shape(), mask, value);
            out = filledOnDevice(self, mask, value);
        } else {
            out = Tensor.empty(self.shape(), self.dtype()).copyValuesFrom(self);
            maskedFillInto(out, mask, value);
        }
        return recordMaskedFill(out, self, mask, value, valueIsTensor);
    }

    /** {@code masked_fill_(mask, value)}: in place. */
    static Tensor maskedFill_(Tensor self, Tensor mask, Tensor value, boolean valueIsTensor) {
        InPlace.checkAllowed(self);
        Tensor base = InPlace.baseToRewrite(self);
        maskedFillInto(self, mask, value);
        boolean recorded = Graph.recording(self, value);
        recordMaskedFill(self, self, mask, value, valueIsTensor);
        return InPlace.adopt(self, base, recorded ? self.gradFn() : null);
    }

    private static void maskedFillInto(Tensor target, Tensor mask, Tensor value) {
        long[] shape = target.shape();
        checkMaskedFill(shape, mask, value);
        if (DeviceKernels.onAccelerator(target, mask)) {
            target.copyValuesFrom(filledOnDevice(target, mask, value));
            return;
        }
        Tensor m = broadcastTo(mask, shape).onHost();
        List<Long> hits = new ArrayList<>();
        for (long i = 0; i < m.numel(); i++) {
            if (m.longAt(i) != 0) {
                hits.add(i);
            }
        }
        long[] targets = new long[hits.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = hits.get(i);
        }
        ElementPositions.put(target, targets, value, new long[] {targets.length}, false);
    }

    /** A new device tensor: {@code value} where the mask holds, else self's element (one where kernel; the mask stays on the device). */
    private static Tensor filledOnDevice(Tensor self, Tensor mask, Tensor value) {
        return DeviceKernels.where(mask, value.detach().to(self.dtype()), self.detach(), self.shape());
    }

    private static void checkMaskedFill(long[] shape, Tensor mask, Tensor value) {
        requireBoolMask(mask, "masked_fill_");
        if (value.dim() != 0) {
            throw TorchException.runtime("masked_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                    + value.dim() + " dimension(s).");
        }
        long[] broadcast = Broadcast.shapes(shape, mask.shape());
        if (!java.util.Arrays.equals(broadcast, shape)) {
            throw TorchException.runtime("The expanded size of the tensor (" + shape[shape.length - 1]
                    + ") must match the existing size (" + mask.size(-1) + ") at non-singleton dimension " + (shape.length - 1)
                    + ".  Target sizes: " + SizeText.list(shape) + ".  Tensor sizes: " + SizeText.list(mask.shape()));
        }
    }

    /** MaskedFillBackward0 for a number value, MaskedFillBackward1 for a 0-dim tensor value (which gets the filled places' sum). */
    private static Tensor recordMaskedFill(Tensor out, Tensor self, Tensor mask, Tensor value, boolean valueIsTensor) {
        Tensor zero = Torch.full(new long[0], Scalar.of(0L), out.dtype());
        DType valueType = value.dtype();
        return Graph.record(out, valueIsTensor ? "MaskedFillBackward1" : "MaskedFillBackward0", new Tensor[] {mask},
                g -> new Tensor[] {maskedFill(g, mask, zero.to(g.dtype()), false), filledSum(g, mask).to(valueType)},
                self, value);
    }

    /** The sum of g where the mask holds: the selected elements on the CPU, as PyTorch; on a device, a where and a sum there. */
    private static Tensor filledSum(Tensor g, Tensor mask) {
        if (DeviceKernels.onAccelerator(g, mask)) {
            return where(mask, g, Torch.full(new long[0], Scalar.of(0L), g.dtype())).sum();
        }
        return maskedSelect(g, mask).sum();
    }

    private static void requireBoolMask(Tensor mask, String function) {
        if (mask.dtype() != DType.BOOL) {
            throw TorchException.runtime(function + " only supports boolean masks, but got mask with dtype "
                    + mask.dtype().pytorchName());
        }
    }

    /** {@code torch.where(condition, x, y)}: x where the condition holds, else y, all broadcast together. */
    static Tensor where(Tensor condition, Tensor x, Tensor y) {
        if (condition.dtype() != DType.BOOL) {
            throw TorchException.runtime("where expected condition to be a boolean tensor, but got a tensor with dtype "
                    + legacyName(condition.dtype()));
        }
        long[] shape = Broadcast.shapes(Broadcast.shapes(condition.shape(), x.shape()), y.shape());
        DType type = TypePromotion.promote(x.dtype(), y.dtype());
        Tensor xs = x.detach().to(type);
        Tensor ys = y.detach().to(type);
        Tensor out = DeviceKernels.onAccelerator(condition, xs, ys) ? DeviceKernels.where(condition, xs, ys, shape)
                : choose(condition, xs, ys, shape);
        long[] xShape = x.shape();
        long[] yShape = y.shape();
        return Graph.record(out, "WhereBackward0", new Tensor[] {condition}, g -> {
            Tensor zero = Torch.full(new long[0], Scalar.of(0L), g.dtype());
            return new Tensor[] {Derivatives.sumToShape(where(condition, g, zero), xShape),
                Derivatives.sumToShape(where(condition, zero, g), yShape)};
        }, x, y);
    }

    /** The CPU kernel of where: {@code condition ? x : y} broadcast to {@code shape}, x and y of one dtype. */
    static Tensor choose(Tensor condition, Tensor x, Tensor y, long[] shape) {
        DType type = x.dtype();
        Tensor c = broadcastTo(condition, shape);
        Tensor xs = broadcastTo(x, shape);
        Tensor ys = broadcastTo(y, shape);
        Tensor out = Tensor.empty(shape, type);
        for (int i = 0; i < out.numel(); i++) {
            Tensor from = c.longAt(i) != 0 ? xs : ys;
            if (type.isFloatingPoint()) {
                out.storage().setDouble(i, from.doubleAt(i));
            } else {
                out.storage().setLong(i, from.longAt(i));
            }
        }
        return out;
    }

    private static String legacyName(DType dtype) {
        return switch (dtype) {
            case FLOAT32 -> "Float";
            case FLOAT64 -> "Double";
            case INT64 -> "Long";
            case INT32 -> "Int";
            case UINT8 -> "Byte";
            case BOOL -> "Bool";
        };
    }

    /** {@code gather(dim, index)}: out[i][j] = self[index[i][j]][j] for dim 0 (and likewise for any dim). */
    static Tensor gather(Tensor self, int dim, Tensor index) {
        int d = self.wrapDim(dim);
        long[] positions = alongDim(self.shape(), d, index, "gather");
        checkIndexFits(self, d, index, null);
        long[] shape = self.shape();
        return Graph.record(ElementPositions.take(self, positions, index.shape()), "GatherBackward0", new Tensor[] {index},
                g -> new Tensor[] {ElementPositions.scatterInto(shape, positions, g)}, self);
    }

    /**
     * {@code scatter(dim, index, src)} (src null: {@code value}), {@code scatter_add}, and their
     * in-place forms: a copy of self (or self) with src's entries written (or added) at index's positions.
     */
    static Tensor scatter(Tensor self, int dim, Tensor index, Tensor src, Scalar value, boolean add, boolean inPlace) {
        int d = self.wrapDim(dim);
        String function = add ? "scatter_add" : "scatter";
        long[] positions = alongDim(self.shape(), d, index, function);
        if (src != null) {
            checkIndexFits(self, d, index, src);
        }
        Tensor base = null;
        if (inPlace) {
            InPlace.checkAllowed(self);
            base = InPlace.baseToRewrite(self);
        }
        Tensor out = inPlace ? self : Tensor.empty(self.shape(), self.dtype(), self.device()).copyValuesFrom(self);
        long[] indexShape = index.shape();
        Tensor values = src != null ? srcRegion(src, indexShape) : Torch.full(new long[0], value, self.dtype());
        ElementPositions.put(out, positions, values, indexShape, add);
        boolean recorded = src == null ? Graph.recording(self) : Graph.recording(self, src);
        if (src == null) {
            Graph.record(out, "ScatterBackward1", new Tensor[] {index},
                    g -> new Tensor[] {scatter(g, d, index, null, Scalar.of(0L), false, false)}, self);
        } else {
            Graph.record(out, add ? "ScatterAddBackward0" : "ScatterBackward0", new Tensor[] {index}, g -> new Tensor[] {
                add ? g : scatter(g, d, index, null, Scalar.of(0L), false, false), gather(g, d, index)}, self, src);
        }
        return inPlace ? InPlace.adopt(out, base, recorded ? out.gradFn() : null) : out;
    }

    /** PyTorch's check that index fits inside self (apart from dim) and inside src, with its wording. */
    private static void checkIndexFits(Tensor self, int dim, Tensor index, Tensor src) {
        long[] selfShape = self.shape();
        long[] indexShape = index.shape();
        for (int k = 0; k < indexShape.length && k < selfShape.length; k++) {
            boolean tooBigForSelf = k != dim && indexShape[k] > selfShape[k];
            boolean tooBigForSrc = src != null && k < src.dim() && indexShape[k] > src.size(k);
            if (tooBigForSelf || tooBigForSrc) {
                String expected = "index " + SizeText.list(indexShape) + " to be smaller than self " + SizeText.list(selfShape)
                        + " apart from dimension " + dim;
                throw TorchException.runtime(src == null
                        ? "Size does not match at dimension " + k + " expected " + expected
                        : "Expected " + expected + " and to be smaller size than src " + SizeText.list(src.shape()));
            }
        }
    }

    /** The part of src that index's shape covers (PyTorch reads src only there). */
    private static Tensor srcRegion(Tensor src, long[] indexShape) {
        long[] srcShape = src.shape();
        long[] sources = new long[(int) Tensor.numelOf(indexShape)];
        long[] srcStrides = Tensor.contiguousStrides(srcShape);
        for (int i = 0; i < sources.length; i++) {
            long rest = i;
            long at = 0;
            for (int k = indexShape.length - 1; k >= 0; k--) {
                at += (rest % indexShape[k]) * srcStrides[k];
                rest /= indexShape[k];
            }
            sources[i] = at;
        }
        return ElementPositions.take(src, sources, indexShape);
    }

    /** {@code take(index)}: elements of self as if flattened, in index's shape. */
    static Tensor take(Tensor self, Tensor index) {
        long n = self.numel();
        long[] positions = new long[(int) index.numel()];
        Tensor indexValues = index.onHost();
        for (int i = 0; i < positions.length; i++) {
            long v = indexValues.longAt(i);
            if (v < -n || v >= n) {
                throw new TorchException(TorchException.Kind.INDEX_ERROR, "out of range: tried to access index " + v
                        + " on a tensor of " + n + " elements.");
            }
            positions[i] = v < 0 ? v + n : v;
        }
        long[] shape = self.shape();
        return Graph.record(ElementPositions.take(self, positions, index.shape()), "TakeBackward0", new Tensor[] {index},
                g -> new Tensor[] {ElementPositions.scatterInto(shape, positions, g)}, self);
    }

    /** Positions in a tensor of {@code shape} for gather/scatter: index's coordinates with {@code dim} replaced by its value. */
    private static long[] alongDim(long[] shape, int dim, Tensor index, String function) {
        if (index.dtype() != DType.INT64) {
            throw TorchException.runtime(function + "(): Expected dtype int64 for index");
        }
        long[] indexShape = index.shape();
        if (indexShape.length != Math.max(shape.length, 1) && !(shape.length == 0 && indexShape.length == 0)) {
            throw TorchException.runtime("Index tensor must have the same number of dimensions as "
                    + (function.equals("gather") ? "input" : "self") + " tensor");
        }
        long[] strides = Tensor.contiguousStrides(shape);
        long[] positions = new long[(int) index.numel()];
        Tensor indexValues = index.onHost();
        for (int i = 0; i < positions.length; i++) {
            long rest = i;
            long at = 0;
            for (int k = indexShape.length - 1; k >= 0; k--) {
                long coordinate = rest % indexShape[k];
                rest /= indexShape[k];
                if (k == dim) {
                    coordinate = indexValues.longAt(i);
                    long size = shape.length == 0 ? 1 : shape[k];
                    if (coordinate < 0 || coordinate >= size) {
                        throw TorchException.runtime("index " + coordinate + " is out of bounds for dimension " + k
                                + " with size " + size);
                    }
                }
                at += coordinate * (shape.length == 0 ? 0 : strides[k]);
            }
            positions[i] = at;
        }
        return positions;
    }

    /** A view of {@code t} broadcast to {@code shape} (stride 0 along expanded dimensions), for reading only. */
    static Tensor broadcastTo(Tensor t, long[] shape) {
        long[] tShape = t.shape();
        long[] tStrides = t.stride();
        long[] strides = new long[shape.length];
        for (int i = 0; i < tShape.length; i++) {
            int d = i + shape.length - tShape.length;
            strides[d] = tShape[i] == 1 && shape[d] != 1 ? 0 : tStrides[i];
        }
        return Tensor.alias(t, t.storageOffset(), shape, strides);
    }

    private static Indexing.Located located(Tensor self, List<TensorIndex> key) {
        boolean previous = dev.torchlet.engine.autograd.GradMode.isEnabled();
        dev.torchlet.engine.autograd.GradMode.setEnabled(false);
        try {
            return Indexing.locate(self, key);
        } finally {
            dev.torchlet.engine.autograd.GradMode.setEnabled(previous);
        }
    }
}
