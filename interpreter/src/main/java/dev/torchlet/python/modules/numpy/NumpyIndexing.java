package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.indexing.TensorIndex;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.modules.torch.TensorIndexing;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code a[key]} and {@code a[key] = v} with NumPy's keys: ints (negative from the end), slices,
 * {@code None}, {@code ...}, tuples of these, boolean masks and integer arrays. The engine indexes
 * (the same machinery as tensors), so basic indexing gives views and advanced indexing copies;
 * a key that picks one element gives a scalar.
 */
final class NumpyIndexing {
    private NumpyIndexing() {
    }

    private static List<TensorIndex> key(PyObject key) {
        if (key instanceof PySequence seq && seq.isTuple()) {
            List<PyObject> parts = new ArrayList<>();
            for (PyObject part : seq.items()) {
                parts.add(part(part));
            }
            return TensorIndexing.key(PySequence.tuple(parts));
        }
        return TensorIndexing.key(part(key));
    }

    private static PyObject part(PyObject part) {
        if (part instanceof PyNdArray a) {
            return new PyTensor(a.tensor());
        }
        if (part instanceof PyFloat) {
            throw PythonException.of("IndexError", "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
                    + "and integer or boolean arrays are valid indices");
        }
        if (part instanceof PySequence seq && !seq.isTuple()) {
            return new PyTensor(ArrayData.fromData(seq, null));
        }
        return part;
    }

    static PyObject get(Tensor t, PyObject key) {
        try {
            return PyNdArray.wrapResult(t.index(key(key)));
        } catch (dev.torchlet.engine.TorchException e) {
            throw numpyWording(e);
        }
    }

    /** The engine speaks of dimensions; NumPy of axes ({@code index 5 is out of bounds for axis 0 with size 3}). */
    private static RuntimeException numpyWording(dev.torchlet.engine.TorchException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("index ") && message.contains(" for dimension ")) {
            return PythonException.of("IndexError", message.replace(" for dimension ", " for axis "));
        }
        return e;
    }

    static void set(Tensor t, PyObject key, PyObject value) {
        Tensor source;
        if (value instanceof PyNdArray a) {
            source = a.tensor();
        } else if (value instanceof PyTensor pt) {
            source = pt.tensor();
        } else if (value instanceof PyInt || value instanceof PyFloat || value instanceof PySequence) {
            source = ArrayData.fromData(value, null);
        } else {
            throw PythonException.of("TypeError", "float() argument must be a string or a real number, not '" + value.typeName() + "'");
        }
        if (source.dtype() != t.dtype()) {
            source = source.to(t.dtype());
        }
        try {
            t.indexPut(key(key), source, false);
        } catch (dev.torchlet.engine.TorchException e) {
            throw numpyWording(e);
        }
    }
}
