package dev.torchlet.engine;

import dev.torchlet.engine.format.PrintableTensor;
import dev.torchlet.engine.format.SizeText;
import dev.torchlet.engine.format.TensorFormatter;

/**
 * An n-dimensional array with PyTorch semantics: a storage, a shape, a dtype and a device.
 * Today every tensor owns a contiguous row-major storage on the CPU; views sharing storage,
 * autograd and the other devices arrive with the engine and autograd issues.
 */
public final class Tensor implements PrintableTensor {
    private final Storage storage;
    private final long[] shape;
    private final DType dtype;
    private final long numel;

    Tensor(Storage storage, long[] shape) {
        this.storage = storage;
        this.shape = shape.clone();
        this.dtype = storage.dtype();
        this.numel = numelOf(shape);
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
        return storage.getDouble((int) index);
    }

    @Override
    public long longAt(long index) {
        return storage.getLong((int) index);
    }

    @Override
    public String deviceSuffix() {
        return null;
    }

    @Override
    public boolean requiresGrad() {
        return false;
    }

    @Override
    public String gradFnName() {
        return null;
    }

    /** The value of a one-element tensor, as PyTorch's {@code item()} gives it (a double for float dtypes). */
    public double itemAsDouble() {
        requireOneElement();
        return storage.getDouble(0);
    }

    public long itemAsLong() {
        requireOneElement();
        return storage.getLong(0);
    }

    private void requireOneElement() {
        if (numel != 1) {
            throw TorchException.runtime("a Tensor with " + numel + " elements cannot be converted to Scalar");
        }
    }

    public Tensor add(Tensor other) {
        return ElementwiseKernels.binary(BinaryOp.ADD, this, other);
    }

    public Tensor add(Scalar other) {
        return ElementwiseKernels.binary(BinaryOp.ADD, this, other, false);
    }

    public Tensor sub(Tensor other) {
        return ElementwiseKernels.binary(BinaryOp.SUB, this, other);
    }

    public Tensor sub(Scalar other) {
        return ElementwiseKernels.binary(BinaryOp.SUB, this, other, false);
    }

    /** {@code other - this}, for Python's reflected {@code 2 - t}. */
    public Tensor rsub(Scalar other) {
        return ElementwiseKernels.binary(BinaryOp.SUB, this, other, true);
    }

    public Tensor mul(Tensor other) {
        return ElementwiseKernels.binary(BinaryOp.MUL, this, other);
    }

    public Tensor mul(Scalar other) {
        return ElementwiseKernels.binary(BinaryOp.MUL, this, other, false);
    }

    public Tensor div(Tensor other) {
        return ElementwiseKernels.binary(BinaryOp.DIV, this, other);
    }

    public Tensor div(Scalar other) {
        return ElementwiseKernels.binary(BinaryOp.DIV, this, other, false);
    }

    /** {@code other / this}, for Python's reflected {@code 1 / t}. */
    public Tensor rdiv(Scalar other) {
        return ElementwiseKernels.binary(BinaryOp.DIV, this, other, true);
    }

    public Tensor neg() {
        if (dtype == DType.BOOL) {
            throw TorchException.runtime("Negation, the `-` operator, on a bool tensor is not supported. "
                    + "If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
        }
        return ElementwiseKernels.binary(BinaryOp.MUL, this, Scalar.of(-1L), false);
    }

    /**
     * {@code view(*shape)}: the same storage seen with another shape (one size may be -1).
     * Every tensor is contiguous today, so a view always exists and always shares memory.
     */
    public Tensor view(long... newShape) {
        return new Tensor(storage, inferShape(newShape));
    }

    /** {@code reshape(*shape)}: a view when one exists (always, while every tensor is contiguous). */
    public Tensor reshape(long... newShape) {
        return view(newShape);
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
        return Reductions.sum(this, null, false);
    }

    /** {@code sum(dim, keepdim)}. */
    public Tensor sum(int dim, boolean keepdim) {
        return Reductions.sum(this, dim, keepdim);
    }

    /** {@code mean()}: floating point tensors only, as in PyTorch. */
    public Tensor mean() {
        return Reductions.mean(this, null, false);
    }

    public Tensor mean(int dim, boolean keepdim) {
        return Reductions.mean(this, dim, keepdim);
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

    /** PyTorch's {@code str(tensor)}. */
    @Override
    public String toString() {
        return TensorFormatter.format(this);
    }
}
