package dev.torchlet.python.modules.matplotlib;

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
 * The numbers a plotting call was given: Python numbers, (nested) lists and tuples, tensors, and
 * anything with a {@code tolist()} (NumPy arrays), flattened with their shape.
 */
record PlotData(double[] values, long[] shape) {
    static PlotData of(String function, PyObject value) {
        if (value instanceof PyTensor t) {
            Tensor tensor = t.tensor();
            if (tensor.requiresGrad()) {
                // matplotlib calls numpy() on it, which PyTorch refuses for a tensor in a graph.
                throw PythonException.of("RuntimeError",
                        "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
            }
            return new PlotData(TensorValues.read(tensor), tensor.shape());
        }
        List<Double> flat = new ArrayList<>();
        List<Long> shape = new ArrayList<>();
        collect(function, plain(value), flat, shape, 0);
        double[] values = new double[flat.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = flat.get(i);
        }
        long[] dims = new long[shape.size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = shape.get(i);
        }
        return new PlotData(values, dims);
    }

    /** Objects that are not lists or numbers but convert to them (NumPy arrays) do so through tolist(). */
    private static PyObject plain(PyObject value) {
        if (value instanceof PySequence || value instanceof PyInt || value instanceof PyFloat || value instanceof PyTensor) {
            return value;
        }
        try {
            return value.getAttribute("tolist").call(List.of(), java.util.Map.of());
        } catch (PythonException missing) {
            return value;
        }
    }

    private static void collect(String function, PyObject value, List<Double> flat, List<Long> shape, int depth) {
        if (value instanceof PyTensor t) {
            PlotData inner = of(function, t);
            for (long size : inner.shape) {
                if (shape.size() <= depth) {
                    shape.add(size);
                }
                depth++;
            }
            for (double v : inner.values) {
                flat.add(v);
            }
            return;
        }
        if (value instanceof PySequence seq) {
            if (shape.size() <= depth) {
                shape.add((long) seq.items().size());
            } else if (shape.get(depth) != seq.items().size()) {
                throw PythonException.of("ValueError", function + "(): the data has rows of different lengths");
            }
            for (PyObject item : seq.items()) {
                collect(function, plain(item), flat, shape, depth + 1);
            }
            return;
        }
        if (value instanceof PyBool b) {
            flat.add(b.booleanValue() ? 1.0 : 0.0);
        } else if (value instanceof PyInt i) {
            flat.add((double) i.value());
        } else if (value instanceof PyFloat f) {
            flat.add(f.value());
        } else {
            throw PythonException.of("TypeError", function + "(): expected numbers, a list, a tensor or an array, not "
                    + value.typeName());
        }
    }

    int length() {
        return values.length;
    }

    /** 0, 1, 2, … as many as the values: the x of {@code plot(y)}. */
    static double[] positions(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }
}
