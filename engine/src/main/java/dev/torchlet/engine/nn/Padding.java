package dev.torchlet.engine.nn;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.ShapeOps;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.autograd.Graph;
import java.util.Arrays;

/**
 * {@code F.pad}: {@code pad} holds (left, right) pairs starting from the last dimension. Constant
 * padding works on any number of dimensions, negative amounts crop (ConstantPadNdBackward0, whose
 * gradient is the opposite padding); 'reflect' and 'replicate' pad the last one or two dimensions
 * by gathering source positions (ReflectionPad1D/2DBackward0, ReplicationPad1D/2DBackward0 add
 * the gradient back into those positions).
 */
public final class Padding {
    private Padding() {
    }

    /** F.pad's dispatch: {@code value} null when not given (only constant mode takes one). */
    public static Tensor pad(Tensor input, long[] pad, String mode, Double value) {
        if (!mode.equals("constant") && !mode.equals("reflect") && !mode.equals("replicate") && !mode.equals("circular")) {
            throw new TorchException(TorchException.Kind.NOT_IMPLEMENTED_ERROR, "Unrecognised padding mode " + mode);
        }
        if (pad.length % 2 != 0) {
            throw TorchException.runtime("Padding length must be divisible by 2");
        }
        if (pad.length > input.dim() * 2L) {
            throw TorchException.runtime("Padding length too large");
        }
        if (mode.equals("constant")) {
            return constantPad(input, pad, value == null ? 0.0 : value);
        }
        if (value != null && value != 0) {
            throw TorchException.runtime("Padding mode \"" + mode + "\" doesn't take in value argument");
        }
        // Each padded dimension count takes an input with or without a batch dimension in front.
        int dims = pad.length / 2;
        if (dims == 0 || (input.dim() != dims + 1 && input.dim() != dims + 2)) {
            throw new TorchException(TorchException.Kind.NOT_IMPLEMENTED_ERROR,
                    "Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
        }
        if (dims == 3 || mode.equals("circular")) {
            throw TorchException.notImplemented("F.pad(mode='" + mode + "')" + (dims == 3 ? " of 3 dimensions" : ""));
        }
        return gatherPad(input, pad, mode.equals("reflect"));
    }

    /** {@code constant_pad_nd}: negative amounts narrow the input first (with narrow's errors), as ATen does. */
    public static Tensor constantPad(Tensor input, long[] pad, double value) {
        if (pad.length % 2 != 0) {
            throw TorchException.runtime("Length of pad must be even but instead it equals " + pad.length);
        }
        int dims = input.dim();
        int padded = pad.length / 2;
        if (padded > dims) {
            throw TorchException.runtime("Length of pad should be no more than twice the number of dimensions of the input. Pad length is "
                    + pad.length + "while the input has " + dims + "dimensions.");
        }
        Tensor result = Untracked.compute(() -> {
            Tensor cropped = input;
            boolean onlyCropping = true;
            for (int d = dims - padded; d < dims; d++) {
                int at = 2 * (dims - d - 1);
                if (pad[at] < 0) {
                    cropped = narrow(cropped, d, -pad[at], cropped.size(d) + pad[at]);
                } else if (pad[at] != 0) {
                    onlyCropping = false;
                }
                if (pad[at + 1] < 0) {
                    cropped = narrow(cropped, d, 0, cropped.size(d) + pad[at + 1]);
                } else if (pad[at + 1] != 0) {
                    onlyCropping = false;
                }
            }
            if (onlyCropping) {
                return cropped.clone();
            }
            long[] shape = input.shape();
            for (int d = dims - padded; d < dims; d++) {
                int at = 2 * (dims - d - 1);
                long size = shape[d] + pad[at] + pad[at + 1];
                if (size <= 0) {
                    throw TorchException.runtime("The input size " + shape[d] + ", plus negative padding " + pad[at] + " and "
                            + pad[at + 1] + " resulted in a negative output size, which is invalid. Check dimension " + d
                            + " of your input.");
                }
                shape[d] = size;
            }
            Tensor out = Torch.full(shape, Scalar.of(value), input.dtype());
            Tensor inside = out;
            for (int d = dims - padded; d < dims; d++) {
                long start = Math.max(pad[2 * (dims - d - 1)], 0);
                inside = inside.slice(d, start, start + cropped.size(d), 1);
            }
            inside.copyFrom(cropped);
            return out;
        });
        long[] opposite = new long[pad.length];
        for (int i = 0; i < pad.length; i++) {
            opposite[i] = -pad[i];
        }
        return Graph.record(result, "ConstantPadNdBackward0", g -> new Tensor[] {constantPad(g, opposite, 0)}, input);
    }

    /** {@code narrow(dim, start, length)} with ATen's checks and wording. */
    private static Tensor narrow(Tensor t, int dim, long start, long length) {
        long size = t.size(dim);
        if (start > size) {
            throw new TorchException(TorchException.Kind.INDEX_ERROR, "Dimension out of range (expected to be in range of [" + -size
                    + ", " + (size - 1) + "], but got " + start + ")");
        }
        if (length < 0 || start > size - length) {
            throw TorchException.runtime("start (" + start + ") + length (" + length + ") exceeds dimension size (" + size + ").");
        }
        return t.slice(dim, start, start + length, 1);
    }

    /** Reflection or replication of the last {@code pad.length / 2} dimensions, as gathers along each of them. */
    private static Tensor gatherPad(Tensor input, long[] pad, boolean reflect) {
        int padded = pad.length / 2;
        int dims = input.dim();
        Tensor[] sources = new Tensor[padded];
        long[] inputShape = input.shape();
        for (int k = 0; k < padded; k++) {
            int d = dims - 1 - k;
            long size = inputShape[d];
            long before = pad[2 * k];
            long after = pad[2 * k + 1];
            if (reflect && (before >= size || after >= size)) {
                throw TorchException.runtime("Argument #" + (4 + 2 * k) + ": Padding size should be less than the corresponding input "
                        + "dimension, but got: padding (" + before + ", " + after + ") at dimension " + d + " of input "
                        + (padded == 1 ? Arrays.toString(inputShape) : String.valueOf(dims)));
            }
            long out = size + before + after;
            if (out < 1) {
                throw TorchException.runtime("input (" + (k == 0 ? "W" : "H") + ": " + size + ") is too small. Calculated output "
                        + (k == 0 ? "W" : "H") + ": " + out);
            }
            long[] source = new long[(int) out];
            for (int i = 0; i < out; i++) {
                long s = i - before;
                if (reflect) {
                    s = s < 0 ? -s : s >= size ? 2 * (size - 1) - s : s;
                } else {
                    s = Math.min(Math.max(s, 0), size - 1);
                }
                source[i] = s;
            }
            sources[k] = indexTensor(source);
        }
        if (!input.dtype().isFloatingPoint()) {
            String kernel = (reflect ? "reflection_pad" : "replication_pad") + padded + "d" + (reflect ? "" : "_cpu");
            throw TorchException.runtime("\"" + kernel + "\" not implemented for '" + ShapeOps.typeName(input.dtype()) + "'");
        }
        Tensor result = Untracked.compute(() -> {
            Tensor r = input;
            for (int k = 0; k < padded; k++) {
                r = r.indexSelect(dims - 1 - k, sources[k]);
            }
            return r;
        });
        String gradFn = reflect ? (padded == 1 ? "ReflectionPad1DBackward0" : "ReflectionPad2DBackward0")
                : (padded == 1 ? "ReplicationPad1DBackward0" : "ReplicationPad2DBackward0");
        return Graph.record(result, gradFn, g -> {
            Tensor grad = g;
            for (int k = padded - 1; k >= 0; k--) {
                grad = addBack(grad, dims - 1 - k, sources[k], inputShape[dims - 1 - k]);
            }
            return new Tensor[] {grad};
        }, input);
    }

    /** The gradient of a gather along {@code dim}: each value added back into the position it came from. */
    private static Tensor addBack(Tensor grad, int dim, Tensor source, long size) {
        long[] view = new long[grad.dim()];
        Arrays.fill(view, 1);
        view[dim] = source.numel();
        Tensor index = ShapeOps.expand(source.view(view), grad.shape());
        long[] shape = grad.shape();
        shape[dim] = size;
        return Torch.full(shape, Scalar.of(0L), grad.dtype()).scatterAdd(dim, index, grad);
    }

    private static Tensor indexTensor(long[] positions) {
        double[] values = new double[positions.length];
        for (int i = 0; i < positions.length; i++) {
            values[i] = positions[i];
        }
        return TensorValues.create(values, new long[] {positions.length}, DType.INT64);
    }
}
