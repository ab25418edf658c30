package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Backward;
import dev.torchlet.engine.autograd.Node;
import dev.torchlet.engine.device.Device;
import dev.torchlet.engine.format.PrintableTensor;
import dev.torchlet.engine.format.SizeText;
import dev.torchlet.engine.format.TensorFormatter;

/**
 * An n-dimensional array with PyTorch semantics: a storage, an offset into it, a shape, strides
 * and a dtype. Views ({@link #view}, {@link #select}, {@link #slice}, {@link #transpose}) share
 * the storage like PyTorch's. A tensor lives where its storage does: on the CPU, or on an
 * accelerator whose backend runs the primitive kernels ({@link DeviceKernels}).
 */
public final class Tensor implements PrintableTensor {
    private final Storage storage;
    private final long offset;
    private final long[] shape;
    private final long[] strides;
    private final DType dtype;
    private final long numel;
    private final boolean contiguous;
    private boolean leafRequiresGrad;
    private Node gradFn;
    private Tensor grad;
    private Node accumulateGradNode;
    private boolean retainsGrad;
    private long id;
    private static long lastId;

    Tensor(Storage storage, long[] shape) {
        this(storage, 0, shape, contiguousStrides(shape));
    }

    private Tensor(Storage storage, long offset, long[] shape, long[] strides) {
        this.storage = storage;
        this.offset = offset;
        this.shape = shape.clone();
        this.strides = strides.clone();
        this.dtype = storage.dtype();
        this.numel = numelOf(shape);
        this.contiguous = rowMajor(this.shape, this.strides);
    }

    static long[] contiguousStrides(long[] shape) {
        long[] strides = new long[shape.length];
        long stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= Math.max(shape[d], 1);
        }
        return strides;
    }

    static long numelOf(long[] shape) {
        long n = 1;
        for (long size : shape) {
            if (size < 0) {
                throw TorchException.runtime("Trying to create tensor with negative dimension " + size + ": " + SizeText.list(shape));
            }
            n *= size;
        }
        return n;
    }

    static Tensor empty(long[] shape, DType dtype) {
        return new Tensor(Storage.allocate(dtype, numelOf(shape)), shape);
    }

    static Tensor empty(long[] shape, DType dtype, Device device) {
        return new Tensor(Storage.allocate(dtype, numelOf(shape), device), shape);
    }

    /** PyTorch's {@code tensor.device}. */
    public Device device() {
        return storage.device();
    }

    /**
     * {@code to(device)}: this tensor when it is already there, else a copy on {@code device}
     * (PyTorch's grad_fn {@code ToCopyBackward0}, whose gradient goes back to this device).
     */
    public Tensor to(Device target) {
        if (target.equals(device())) {
            return this;
        }
        return Derivatives.toDevice(transferredTo(target), this);
    }

    /** {@code cpu()}. */
    public Tensor cpu() {
        return to(Device.CPU);
    }

    /**
     * This tensor's values on the CPU, outside autograd: itself there, else a download. What
     * reads values for the program ({@code item}, {@code tolist}, printing) goes through this.
     */
    public Tensor onHost() {
        return device().isCpu() ? this : transferredTo(Device.CPU);
    }

    /** A compact copy of the values on {@code target}, no autograd (the transfer behind to, cpu, onHost). */
    Tensor transferredTo(Device target) {
        boolean compact = contiguous && offset == 0 && storage.size() == numel;
        Tensor source = compact ? this : copyOf(this);
        Storage here = source.storage;
        Storage moved = target.isCpu() ? here.toHost() : (here.backend() == null ? here : here.toHost()).toDevice(target);
        return new Tensor(moved, shape);
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** {@code tensor.size(d)}, with negative dimensions counted from the end. */
    public long size(int dim) {
        int d = wrapDim(dim);
        return shape.length == 0 ? 1 : shape[d];
    }

    public int dim() {
        return shape.length;
    }

    public long numel() {
        return numel;
    }

    @Override
    public DType dtype() {
        return dtype;
    }

    @Override
    public double doubleAt(long index) {
        return storage.getDouble(storageIndex(index));
    }

    @Override
    public long longAt(long index) {
        return storage.getLong(storageIndex(index));
    }

    /** Where element {@code index} (row-major) of this possibly strided view lives in the storage. */
    int storageIndex(long index) {
        if (contiguous) {
            return (int) (offset + index);
        }
        long position = offset;
        long rest = index;
        for (int d = shape.length - 1; d >= 0; d--) {
            position += (rest % shape[d]) * strides[d];
            rest /= shape[d];
        }
        return (int) position;
    }

    public long[] stride() {
        return strides.clone();
    }

    public long storageOffset() {
        return offset;
    }

    public boolean isContiguous() {
        return contiguous;
    }

    /** PyTorch's rule: size-1 dimensions may have any stride; the others must be row-major. */
    private static boolean rowMajor(long[] shape, long[] strides) {
        long expected = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    /** This tensor when contiguous, else a contiguous copy. */
    public Tensor contiguous() {
        return isContiguous() ? this : copyOf(this);
    }

    public Tensor clone() {
        return Derivatives.clone(copyOf(this), this);
    }

    private static Tensor copyOf(Tensor source) {
        return copyOf(source, source.dtype);
    }

    private static Tensor copyOf(Tensor source, DType dtype) {
        Tensor copy = empty(source.shape, dtype, source.device());
        copy.copyValuesFrom(source);
        return copy;
    }

    /** Whether both tensors are views of the same memory (what {@code data_ptr} comparisons check). */
    public boolean sharesStorageWith(Tensor other) {
        return storage.sameMemory(other.storage);
    }

    /**
     * {@code copy_(source)}: writes {@code source} (broadcast to this shape, cast to this dtype) into
     * this tensor's elements; under autograd this tensor's history becomes {@code CopyBackwards}.
     */
    public Tensor copyFrom(Tensor source) {
        InPlace.checkAllowed(this);
        Tensor base = InPlace.baseToRewrite(this);
        copyValuesFrom(source);
        return InPlace.rebase(this, base, source);
    }

    /**
     * Completes an in-place op computed out of place ({@code t += x} is {@code t + x} written back):
     * the values go into this tensor's memory and, under autograd, the result's grad_fn becomes
     * this tensor's history (PyTorch's "rebase history").
     */
    public Tensor assignInPlace(Tensor result) {
        InPlace.checkAllowed(this);
        Tensor base = InPlace.baseToRewrite(this);
        copyValuesFrom(result);
        return InPlace.adopt(this, base, dev.torchlet.engine.autograd.Graph.recording(result) ? result.gradFn : null);
    }

    /** The raw write behind every in-place op: no autograd, one version bump. */
    Tensor copyValuesFrom(Tensor source) {
        long[] target = Broadcast.shapes(shape, source.shape);
        if (!java.util.Arrays.equals(target, shape)) {
            throw TorchException.runtime("output with shape " + SizeText.list(shape)
                    + " doesn't match the broadcast shape " + SizeText.list(target));
        }
        storage.bumpVersion();
        if (!device().isCpu()) {
            DeviceKernels.copy(source, this);
            return this;
        }
        // Reads go through doubleAt/longAt (row-major positions), so a strided source needs no copy.
        Tensor from = source.onHost();
        long[] fromStrides = Broadcast.expandedStrides(from.shape, shape);
        for (long i = 0; i < numel; i++) {
            long fromIndex = 0;
            long rest = i;
            for (int d = shape.length - 1; d >= 0; d--) {
                fromIndex += (rest % shape[d]) * fromStrides[d];
                rest /= shape[d];
            }
            int to = storageIndex(i);
            if (dtype.isFloatingPoint() && from.dtype.isFloatingPoint()) {
                storage.setDouble(to, from.doubleAt(fromIndex));
            } else if (dtype.isFloatingPoint()) {
                storage.setLong(to, from.longAt(fromIndex));
            } else {
                storage.setLong(to, from.dtype.isFloatingPoint() ? Float64.truncateToLong(from.doubleAt(fromIndex)) : from.longAt(fromIndex));
            }
        }
        return this;
    }

    /** {@code fill_(value)}: every element of this (possibly strided) tensor becomes {@code value}. */
    public Tensor fill_(Scalar value) {
        InPlace.checkAllowed(this);
        Tensor base = InPlace.baseToRewrite(this);
        copyValuesFrom(Torch.full(new long[0], value, dtype));
        return InPlace.rebaseFill(this, base);
    }

    /** {@code select(dim, index)}: the view with {@code dim} fixed at {@code index} (negative counts from the end). */
    public Tensor select(int dim, long index) {
        if (shape.length == 0) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, "invalid index of a 0-dim tensor. "
                    + "Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number");
        }
        int d = wrapDim(dim);
        long size = shape[d];
        if (index < -size || index >= size) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, "index " + index + " is out of bounds for dimension "
                    + d + " with size " + size);
        }
        long i = index < 0 ? index + size : index;
        return Derivatives.select(new Tensor(storage, offset + i * strides[d], without(shape, d), without(strides, d)), this, d, i);
    }

    /** {@code t[start:stop:step]} along {@code dim}, with Python's clamping of out-of-range bounds; step must be positive. */
    public Tensor slice(int dim, Long start, Long stop, long step) {
        int d = wrapDim(dim);
        if (step <= 0) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "step must be greater than zero");
        }
        long size = shape[d];
        long from = clampSliceBound(start, 0, size);
        long to = clampSliceBound(stop, size, size);
        long length = to > from ? (to - from + step - 1) / step : 0;
        long[] newShape = shape.clone();
        long[] newStrides = strides.clone();
        newShape[d] = length;
        newStrides[d] = strides[d] * step;
        return Derivatives.slice(new Tensor(storage, offset + (length > 0 ? from * strides[d] : 0), newShape, newStrides),
                this, d, start, stop, step);
    }

    private static long clampSliceBound(Long bound, long otherwise, long size) {
        if (bound == null) {
            return otherwise;
        }
        long b = bound < 0 ? bound + size : bound;
        return Math.max(0, Math.min(size, b));
    }

    /** {@code transpose(dim0, dim1)}: a view with two dimensions swapped. */
    public Tensor transpose(int dim0, int dim1) {
        int a = wrapDim(dim0);
        int b = wrapDim(dim1);
        long[] newShape = shape.clone();
        long[] newStrides = strides.clone();
        if (shape.length > 0) {
            newShape[a] = shape[b];
            newShape[b] = shape[a];
            newStrides[a] = strides[b];
            newStrides[b] = strides[a];
        }
        return Derivatives.transpose(new Tensor(storage, offset, newShape, newStrides), this, a, b, "TransposeBackward0");
    }

    /** {@code t()}: transpose of a tensor with at most 2 dimensions. */
    public Tensor t() {
        if (shape.length > 2) {
            throw TorchException.runtime("t() expects a tensor with <= 2 dimensions, but self is " + shape.length + "D");
        }
        return shape.length < 2 ? this : swapped("TBackward0");
    }

    /** {@code T}: all dimensions reversed (a transpose for matrices). */
    public Tensor transposeAll() {
        if (shape.length > 2) {
            throw TorchException.notImplemented("T on tensors with more than 2 dimensions");
        }
        return shape.length < 2 ? this : swapped("PermuteBackward0");
    }

    private Tensor swapped(String gradFnName) {
        long[] newShape = {shape[1], shape[0]};
        long[] newStrides = {strides[1], strides[0]};
        return Derivatives.transpose(new Tensor(storage, offset, newShape, newStrides), this, 0, 1, gradFnName);
    }

    private static long[] without(long[] values, int index) {
        long[] result = new long[values.length - 1];
        for (int i = 0, j = 0; i < values.length; i++) {
            if (i != index) {
                result[j++] = values[i];
            }
        }
        return result;
    }

    @Override
    public String deviceSuffix() {
        return device().isCpu() ? null : device().toString();
    }

    @Override
    public boolean requiresGrad() {
        return leafRequiresGrad || gradFn != null;
    }

    @Override
    public String gradFnName() {
        return gradFn == null ? null : gradFn.name();
    }

    /** {@code requires_grad_(flag)}: marks a leaf whose gradient backward() should compute. */
    public Tensor requiresGrad_(boolean flag) {
        if (gradFn != null) {
            throw TorchException.runtime("you can only change requires_grad flags of leaf variables. If you want to use a "
                    + "computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().");
        }
        if (flag && !dtype.isFloatingPoint()) {
            throw TorchException.runtime("only Tensors of floating point dtype can require gradients");
        }
        leafRequiresGrad = flag;
        if (!flag) {
            accumulateGradNode = null;
        }
        return this;
    }

    /** Leaves are tensors not made by a recorded operation (PyTorch's {@code is_leaf}). */
    public boolean isLeaf() {
        return gradFn == null;
    }

    public Node gradFn() {
        return gradFn;
    }

    // ---- autograd (the engine lives in dev.torchlet.engine.autograd) ----

    /** Makes {@code node} this tensor's grad_fn; for op implementations (through {@code autograd.Graph}). */
    public void setGradFn(Node node) {
        gradFn = node;
    }

    /** Where a gradient for this tensor goes: its grad_fn, the AccumulateGrad node of a leaf that requires grad, else null. */
    public Node gradientEdge() {
        if (gradFn != null) {
            return gradFn;
        }
        if (!leafRequiresGrad) {
            return null;
        }
        if (accumulateGradNode == null) {
            accumulateGradNode = Node.accumulateGrad(this);
        }
        return accumulateGradNode;
    }

    /** A number naming this tensor for graph events (given on first use). */
    public long id() {
        if (id == 0) {
            id = ++lastId;
        }
        return id;
    }

    /** {@code _version}: how many in-place writes this tensor's memory has seen. */
    public long version() {
        return storage.version();
    }

    /** The accumulated gradient of a leaf (or of a tensor that retains grad), or null. */
    public Tensor grad() {
        return grad;
    }

    /** {@code tensor.grad = value} (null clears it). */
    public void setGrad(Tensor value) {
        grad = value;
    }

    /**
     * Adds a gradient into {@code .grad} (what PyTorch's AccumulateGrad node does): in place when a
     * {@code .grad} exists and no graph is being built, so references to {@code .grad} see the sum.
     */
    public void accumulateGrad(Tensor incoming, boolean createGraph) {
        if (grad == null) {
            // With create_graph PyTorch's .grad is a differentiable copy (grad_fn CopyBackwards).
            grad = createGraph ? Torch.full(incoming.shape, Scalar.of(0L), incoming.dtype).copyFrom(incoming)
                    : incoming.detach().clone();
        } else if (createGraph) {
            grad = grad.add(incoming);
        } else {
            grad.copyValuesFrom(grad.add(incoming));
        }
    }

    /** {@code register_hook(hook)}: the hook sees this tensor's gradient during backward and may replace it. */
    public dev.torchlet.engine.autograd.GradientHook.Handle registerHook(dev.torchlet.engine.autograd.GradientHook hook) {
        if (!requiresGrad()) {
            throw TorchException.runtime("cannot register a hook on a tensor that doesn't require gradient");
        }
        return dev.torchlet.engine.autograd.Hooks.register(gradientEdge(), hook);
    }

    /** {@code retain_grad()}: a non-leaf keeps its gradient in {@code .grad} after backward. */
    public void retainGrad() {
        if (!requiresGrad()) {
            throw TorchException.runtime("can't retain_grad on Tensor that has requires_grad=False");
        }
        if (isLeaf() || retainsGrad) {
            return;
        }
        retainsGrad = true;
        dev.torchlet.engine.autograd.Hooks.register(gradFn, g -> {
            accumulateGrad(g, false);
            return null;
        });
    }

    /** {@code retains_grad}. */
    public boolean retainsGrad() {
        return retainsGrad;
    }

    /** {@code detach()}: the same data (and version counter), outside the graph. */
    public Tensor detach() {
        return new Tensor(storage, offset, shape, strides);
    }

    /** {@code .data}: the same memory outside the graph, with a version counter of its own (as in PyTorch). */
    public Tensor data() {
        return new Tensor(storage.aliasWithOwnVersion(), offset, shape, strides);
    }

    /** {@code backward()} of a one-element tensor. */
    public void backward() {
        backward(Backward.implicitGradient(this), false, false);
    }

    /** {@code backward(gradient, retain_graph)}. */
    public void backward(Tensor gradient, boolean retainGraph) {
        backward(gradient, retainGraph, false);
    }

    /** {@code backward(gradient, retain_graph, create_graph)}; a null gradient means ones for a one-element tensor. */
    public void backward(Tensor gradient, boolean retainGraph, boolean createGraph) {
        Backward.run(this, gradient == null ? Backward.implicitGradient(this) : gradient, retainGraph, createGraph);
    }

    /** The value of a one-element tensor, as PyTorch's {@code item()} gives it (a double for float dtypes). */
    public double itemAsDouble() {
        requireOneElement();
        return onHost().doubleAt(0);
    }

    public long itemAsLong() {
        requireOneElement();
        return onHost().longAt(0);
    }

    private void requireOneElement() {
        if (numel != 1) {
            throw TorchException.runtime("a Tensor with " + numel + " elements cannot be converted to Scalar");
        }
    }

    private Tensor binary(BinaryOp op, Tensor other) {
        return op.recordGradients(ElementwiseKernels.binary(op, this, other), this, other);
    }

    private Tensor binary(BinaryOp op, Scalar other, boolean reversed) {
        return op.recordGradients(ElementwiseKernels.binary(op, this, other, reversed), this, other, reversed);
    }

    public Tensor add(Tensor other) {
        return binary(BinaryOp.ADD, other);
    }

    public Tensor add(Scalar other) {
        return binary(BinaryOp.ADD, other, false);
    }

    public Tensor sub(Tensor other) {
        return binary(BinaryOp.SUB, other);
    }

    public Tensor sub(Scalar other) {
        return binary(BinaryOp.SUB, other, false);
    }

    /** {@code other - this}, for Python's reflected {@code 2 - t}. */
    public Tensor rsub(Scalar other) {
        return binary(BinaryOp.SUB, other, true);
    }

    public Tensor mul(Tensor other) {
        return binary(BinaryOp.MUL, other);
    }

    public Tensor mul(Scalar other) {
        return binary(BinaryOp.MUL, other, false);
    }

    public Tensor div(Tensor other) {
        return binary(BinaryOp.DIV, other);
    }

    public Tensor div(Scalar other) {
        return binary(BinaryOp.DIV, other, false);
    }

    /** {@code other / this}, for Python's reflected {@code 1 / t}. */
    public Tensor rdiv(Scalar other) {
        return binary(BinaryOp.DIV, other, true);
    }

    /** {@code pow(exponent)} / {@code **}. */
    public Tensor pow(Scalar exponent) {
        return binary(BinaryOp.POW, exponent, false);
    }

    public Tensor pow(Tensor exponent) {
        return binary(BinaryOp.POW, exponent);
    }

    /** {@code base ** this}, for Python's reflected {@code 2 ** t}. */
    public Tensor rpow(Scalar base) {
        return binary(BinaryOp.POW, base, true);
    }

    /** An element-wise function: {@code exp}, {@code log}, {@code sin}, {@code relu}, … */
    public Tensor unary(UnaryOp op) {
        return Derivatives.unary(op, ElementwiseKernels.unary(op, this), this);
    }

    public Tensor neg() {
        if (dtype == DType.BOOL) {
            throw TorchException.runtime("Negation, the `-` operator, on a bool tensor is not supported. "
                    + "If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
        }
        return Derivatives.neg(ElementwiseKernels.binary(BinaryOp.MUL, this, Scalar.of(-1L), false), this);
    }

    /**
     * {@code view(*shape)}: the same storage seen with another shape (one size may be -1);
     * only contiguous tensors have such a view, as in PyTorch.
     */
    public Tensor view(long... newShape) {
        if (!isContiguous()) {
            throw TorchException.runtime("view size is not compatible with input tensor's size and stride (at least one "
                    + "dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
        }
        long[] inferred = inferShape(newShape);
        return Derivatives.view(new Tensor(storage, offset, inferred, contiguousStrides(inferred)), this, "ViewBackward0");
    }

    /** {@code reshape(*shape)}: a view when the tensor is contiguous, else a reshaped copy. */
    public Tensor reshape(long... newShape) {
        Tensor source = contiguous();
        long[] inferred = source.inferShape(newShape);
        return Derivatives.view(new Tensor(source.storage, source.offset, inferred, contiguousStrides(inferred)), this,
                "ReshapeAliasBackward0");
    }

    private long[] inferShape(long[] requested) {
        long[] shape = requested.clone();
        int inferred = -1;
        long known = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1) {
                if (inferred >= 0) {
                    throw TorchException.runtime("only one dimension can be inferred");
                }
                inferred = i;
            } else if (shape[i] < 0) {
                throw TorchException.runtime("invalid shape dimension " + shape[i]);
            } else {
                known *= shape[i];
            }
        }
        if (inferred >= 0 && known != 0 && numel % known == 0) {
            shape[inferred] = numel / known;
            known = numel;
        }
        if (known != numel || (inferred >= 0 && shape[inferred] == -1)) {
            throw TorchException.runtime("shape '" + SizeText.list(requested) + "' is invalid for input of size " + numel);
        }
        return shape;
    }

    /** {@code sum()}: all elements; integer and bool tensors sum to int64, as in PyTorch. */
    public Tensor sum() {
        return Derivatives.sum(Reductions.sum(this, null, false), this, null, false);
    }

    /** {@code sum(dim, keepdim)}. */
    public Tensor sum(int dim, boolean keepdim) {
        return sum(new int[] {dim}, keepdim);
    }

    /** {@code sum(dims, keepdim)}: over several dimensions at once ({@code x.sum((0, 2))}). */
    public Tensor sum(int[] dims, boolean keepdim) {
        return Derivatives.sum(Reductions.sum(this, dims, keepdim), this, dims, keepdim);
    }

    /** {@code mean()}: floating point tensors only, as in PyTorch. */
    public Tensor mean() {
        return Derivatives.mean(Reductions.mean(this, null, false), this, null, false);
    }

    public Tensor mean(int dim, boolean keepdim) {
        return mean(new int[] {dim}, keepdim);
    }

    /** {@code mean(dims, keepdim)}. */
    public Tensor mean(int[] dims, boolean keepdim) {
        return Derivatives.mean(Reductions.mean(this, dims, keepdim), this, dims, keepdim);
    }

    /** {@code to(dtype)}: this tensor when it already has that dtype, else a converted copy. */
    public Tensor to(DType target) {
        if (target == dtype) {
            return this;
        }
        return Derivatives.to(copyOf(this, target), this);
    }

    /** {@code matmul(other)} / {@code @}: dot, matrix-vector, vector-matrix and matrix products. */
    public Tensor matmul(Tensor other) {
        if (dim() > 2 || other.dim() > 2) {
            return BatchedProducts.matmul(this, other);
        }
        return Derivatives.matmul(MatrixProducts.matmul(this, other), this, other);
    }

    /** {@code mm(other)}: the product of two matrices. */
    public Tensor mm(Tensor other) {
        return Derivatives.matmul(MatrixProducts.mm(this, other), this, other);
    }

    // ---- indexing (algorithms in Indexing, IndexFunctions, ElementPositions) ----

    /** {@code x[key]}: views for integers, slices, None and Ellipsis; a gathered copy with integer tensors or masks. */
    public Tensor index(java.util.List<dev.torchlet.engine.indexing.TensorIndex> key) {
        return Indexing.index(this, key);
    }

    public Tensor index(dev.torchlet.engine.indexing.TensorIndex... key) {
        return index(java.util.Arrays.asList(key));
    }

    /** {@code x[key] = value} (value broadcast and cast); {@code accumulate} adds, as {@code index_put_(..., accumulate=True)}. */
    public Tensor indexPut(java.util.List<dev.torchlet.engine.indexing.TensorIndex> key, Tensor value, boolean accumulate) {
        return Indexing.indexPut(this, key, value, accumulate);
    }

    public Tensor indexPut(java.util.List<dev.torchlet.engine.indexing.TensorIndex> key, Scalar value) {
        return indexPut(key, Torch.full(new long[0], value, dtype), false);
    }

    public Tensor indexSelect(int dim, Tensor index) {
        return IndexFunctions.indexSelect(this, dim, index);
    }

    public Tensor maskedSelect(Tensor mask) {
        return IndexFunctions.maskedSelect(this, mask);
    }

    public Tensor maskedFill(Tensor mask, Scalar value) {
        return IndexFunctions.maskedFill(this, mask, Torch.full(new long[0], value, dtype), false);
    }

    /** {@code masked_fill(mask, value)} with a 0-dim tensor value (whose gradient is the sum over the filled places). */
    public Tensor maskedFill(Tensor mask, Tensor value) {
        return IndexFunctions.maskedFill(this, mask, value, true);
    }

    public Tensor maskedFill_(Tensor mask, Scalar value) {
        return IndexFunctions.maskedFill_(this, mask, Torch.full(new long[0], value, dtype), false);
    }

    public Tensor maskedFill_(Tensor mask, Tensor value) {
        return IndexFunctions.maskedFill_(this, mask, value, true);
    }

    public Tensor nonzero() {
        return IndexFunctions.nonzero(this);
    }

    public Tensor gather(int dim, Tensor index) {
        return IndexFunctions.gather(this, dim, index);
    }

    public Tensor scatter(int dim, Tensor index, Tensor src) {
        return IndexFunctions.scatter(this, dim, index, src, null, false, false);
    }

    public Tensor scatter(int dim, Tensor index, Scalar value) {
        return IndexFunctions.scatter(this, dim, index, null, value, false, false);
    }

    public Tensor scatter_(int dim, Tensor index, Tensor src) {
        return IndexFunctions.scatter(this, dim, index, src, null, false, true);
    }

    public Tensor scatter_(int dim, Tensor index, Scalar value) {
        return IndexFunctions.scatter(this, dim, index, null, value, false, true);
    }

    public Tensor scatterAdd(int dim, Tensor index, Tensor src) {
        return IndexFunctions.scatter(this, dim, index, src, null, true, false);
    }

    public Tensor scatterAdd_(int dim, Tensor index, Tensor src) {
        return IndexFunctions.scatter(this, dim, index, src, null, true, true);
    }

    public Tensor take(Tensor index) {
        return IndexFunctions.take(this, index);
    }

    /** Normalises a possibly negative dimension, with PyTorch's IndexError. */
    int wrapDim(int dim) {
        int rank = Math.max(shape.length, 1);
        if (dim < -rank || dim >= rank) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, "Dimension out of range (expected to be in range of ["
                    + (-rank) + ", " + (rank - 1) + "], but got " + dim + ")");
        }
        return dim < 0 ? dim + rank : dim;
    }

    Storage storage() {
        return storage;
    }

    // ---- Issue #3 operations: views built by ShapeOps and batched products (grouped for merging) ----

    /** A view of {@code base}'s storage with any offset, shape and strides (what ShapeOps builds views with). */
    static Tensor alias(Tensor base, long offset, long[] shape, long[] strides) {
        return new Tensor(base.storage, offset, shape, strides);
    }

    /** PyTorch's {@code str(tensor)}. */
    @Override
    public String toString() {
        return TensorFormatter.format(device().isCpu() ? this : new DeviceTensorPrint(this));
    }
}
