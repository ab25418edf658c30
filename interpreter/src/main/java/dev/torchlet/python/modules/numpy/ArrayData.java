package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TensorValues;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;

/**
 * Python data ↔ array memory: {@code np.array(nested lists, dtype=)} infers NumPy's dtype (bool, then
 * int64, then float64) and shape, rejecting ragged nesting; {@code tolist()} gives nested Python lists.
 */
final class ArrayData {
    private ArrayData() {
    }

    /** A new tensor holding {@code data} (numbers, nested lists/tuples, arrays, tensors), as {@code dtype} or the inferred type. */
    static Tensor fromData(PyObject data, DType dtype) {
        if (data instanceof PyNdArray a) {
            return dtype == null || dtype == a.tensor().dtype() ? a.tensor().clone() : a.tensor().to(dtype);
        }
        if (data instanceof PyTensor t) {
            Tensor source = NumpyTorchBridge.numpyView(t.tensor());
            return dtype == null || dtype == source.dtype() ? source.clone() : source.to(dtype);
        }
        List<Long> shape = new ArrayList<>();
        shapeOf(data, shape);
        List<Double> values = new ArrayList<>();
        int[] kind = {0};
        collect(data, 0, shape, values, kind);
        long[] dims = new long[shape.size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = shape.get(i);
        }
        double[] flat = new double[values.size()];
        for (int i = 0; i < flat.length; i++) {
            flat[i] = values.get(i);
        }
        DType inferred = kind[0] == 0 ? (values.isEmpty() ? DType.FLOAT64 : DType.BOOL) : kind[0] == 1 ? DType.INT64 : DType.FLOAT64;
        DType target = dtype == null ? inferred : dtype;
        if (target == DType.FLOAT32) {
            for (int i = 0; i < flat.length; i++) {
                flat[i] = dev.torchlet.engine.Float32.round(flat[i]);
            }
        } else if (!target.isFloatingPoint()) {
            for (int i = 0; i < flat.length; i++) {
                flat[i] = target == DType.BOOL ? (flat[i] != 0 ? 1 : 0) : wrap((long) flat[i], target);
            }
        }
        return TensorValues.create(flat, dims, target);
    }

    private static double wrap(long v, DType target) {
        return switch (target) {
            case UINT8 -> v & 0xff;
            case INT32 -> (int) v;
            default -> v;
        };
    }

    /** The shape the first element at each level gives (checked against every element by {@link #collect}). */
    private static void shapeOf(PyObject data, List<Long> shape) {
        if (data instanceof PySequence seq) {
            shape.add((long) seq.items().size());
            if (!seq.items().isEmpty()) {
                shapeOf(seq.items().get(0), shape);
            }
        } else if (data instanceof PyNdArray a) {
            for (long s : a.tensor().shape()) {
                shape.add(s);
            }
        }
    }

    private static void collect(PyObject data, int depth, List<Long> shape, List<Double> out, int[] kind) {
        if (data instanceof PyNdArray a) {
            long[] own = a.tensor().shape();
            if (shape.size() - depth != own.length) {
                throw ragged(shape, depth);
            }
            for (int i = 0; i < own.length; i++) {
                if (own[i] != shape.get(depth + i)) {
                    throw ragged(shape, depth + i);
                }
            }
            for (long i = 0; i < a.tensor().numel(); i++) {
                out.add(a.tensor().doubleAt(i));
            }
            kind[0] = Math.max(kind[0], NumpyPromotion.kind(a.tensor().dtype()));
            return;
        }
        if (data instanceof PySequence seq) {
            if (depth >= shape.size() || seq.items().size() != shape.get(depth)) {
                throw ragged(shape, depth);
            }
            for (PyObject item : seq.items()) {
                collect(item, depth + 1, shape, out, kind);
            }
            return;
        }
        if (depth != shape.size()) {
            throw ragged(shape, depth);
        }
        if (data instanceof PyBool b) {
            out.add(b.isTruthy() ? 1.0 : 0.0);
        } else if (data instanceof PyInt i) {
            out.add((double) i.value());
            kind[0] = Math.max(kind[0], 1);
        } else if (data instanceof PyFloat f) {
            out.add(f.value());
            kind[0] = 2;
        } else if (data instanceof PyTensor t && t.tensor().numel() == 1) {
            out.add(t.tensor().itemAsDouble());
            kind[0] = Math.max(kind[0], NumpyPromotion.kind(t.tensor().dtype()));
        } else {
            throw PythonException.of("NotImplementedError", "Torchlet's numpy makes arrays of numbers only (got "
                    + data.typeName() + ")");
        }
    }

    private static PythonException ragged(List<Long> shape, int depth) {
        long[] detected = new long[Math.min(depth, shape.size())];
        for (int i = 0; i < detected.length; i++) {
            detected[i] = shape.get(i);
        }
        return PythonException.of("ValueError", "setting an array element with a sequence. The requested array has an "
                + "inhomogeneous shape after " + depth + " dimensions. The detected shape was "
                + ArrayOperators.shapeText(detected) + " + inhomogeneous part.");
    }

    /** {@code tolist()}: nested Python lists of Python numbers (a 0-d array gives its number). */
    static PyObject toList(Tensor t) {
        if (t.dim() == 0) {
            return ArrayScalars.item(t);
        }
        List<PyObject> items = new ArrayList<>();
        for (long i = 0; i < t.size(0); i++) {
            items.add(toList(t.select(0, i)));
        }
        return PySequence.list(items);
    }
}
