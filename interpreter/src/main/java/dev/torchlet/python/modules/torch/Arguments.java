package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Scalar;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;

/** Python values → engine values for the torch binding, with PyTorch's TypeErrors. */
final class Arguments {
    private Arguments() {
    }

    static Scalar scalarOrNull(PyObject value) {
        if (value instanceof PyBool b) {
            return Scalar.of(b.booleanValue());
        }
        if (value instanceof PyInt i) {
            return Scalar.of(i.value());
        }
        if (value instanceof PyFloat f) {
            return Scalar.of(f.value());
        }
        return null;
    }

    static long integer(PyObject value, String what) {
        if (value instanceof PyInt i && !(value instanceof PyBool)) {
            return i.value();
        }
        throw PythonException.of("TypeError", what + " must be int, not " + value.typeName());
    }

    /** {@code ones(2, 3)} and {@code ones((2, 3))} both mean shape [2, 3]. */
    static long[] shape(String function, List<PyObject> args) {
        List<PyObject> sizes = args;
        if (args.size() == 1 && args.get(0) instanceof PySequence seq) {
            sizes = seq.items();
        } else if (args.size() == 1 && args.get(0) instanceof PySize size) {
            sizes = size.items();
        }
        long[] shape = new long[sizes.size()];
        for (int i = 0; i < shape.length; i++) {
            PyObject size = sizes.get(i);
            if (!(size instanceof PyInt) || size instanceof PyBool) {
                throw PythonException.of("TypeError", function + "(): argument 'size' must be tuple of ints, but found element of type "
                        + size.typeName() + " at pos " + i);
            }
            shape[i] = ((PyInt) size).value();
        }
        return shape;
    }

    /** Nested Python lists/tuples of numbers → nested Java lists of Long/Double/Boolean for {@code Torch.tensor}. */
    static Object data(PyObject value) {
        if (value instanceof PyBool b) {
            return b.booleanValue();
        }
        if (value instanceof PyInt i) {
            return i.value();
        }
        if (value instanceof PyFloat f) {
            return f.value();
        }
        if (value instanceof PySequence seq) {
            List<Object> items = new ArrayList<>();
            for (PyObject item : seq.items()) {
                items.add(data(item));
            }
            return items;
        }
        if (value instanceof PyTensor t) {
            throw PythonException.of("NotImplementedError", "torch.tensor(tensor) is not supported by Torchlet yet; use tensor.clone()");
        }
        throw PythonException.of("TypeError", "new(): invalid data type '" + value.typeName() + "'");
    }
}
