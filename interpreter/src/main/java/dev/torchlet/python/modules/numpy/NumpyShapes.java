package dev.torchlet.python.modules.numpy;

import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;

/** Shape arguments as NumPy takes them: {@code f(2, 3)}, {@code f((2, 3))}, {@code f([2, 3])} or one int. */
final class NumpyShapes {
    private NumpyShapes() {
    }

    static long[] shape(String function, List<PyObject> args) {
        List<PyObject> sizes = args.size() == 1 && args.get(0) instanceof PySequence seq ? seq.items() : args;
        return of(function, sizes);
    }

    /** One shape value: an int or a sequence of ints. */
    static long[] shape(String function, PyObject value) {
        return value instanceof PySequence seq ? of(function, seq.items()) : of(function, List.of(value));
    }

    /** {@code shape} when {@code size} elements fit it (one -1 inferred), else NumPy's ValueError. */
    static long[] checkedReshape(long size, long[] shape) {
        long known = 1;
        int unknown = 0;
        for (long s : shape) {
            if (s == -1) {
                unknown++;
            } else {
                known *= s;
            }
        }
        if (unknown > 1) {
            throw PythonException.of("ValueError", "can only specify one unknown dimension");
        }
        boolean fits = unknown == 0 ? known == size : known != 0 && size % known == 0;
        if (!fits) {
            StringBuilder text = new StringBuilder("(");
            for (int i = 0; i < shape.length; i++) {
                text.append(i > 0 ? "," : "").append(shape[i] == -1 ? "newaxis" : Long.toString(shape[i]));
            }
            text.append(shape.length == 1 ? ",)" : ")");
            throw PythonException.of("ValueError", "cannot reshape array of size " + size + " into shape " + text);
        }
        return shape;
    }

    private static long[] of(String function, List<PyObject> sizes) {
        long[] shape = new long[sizes.size()];
        for (int i = 0; i < shape.length; i++) {
            PyObject size = sizes.get(i);
            if (!(size instanceof PyInt) || size instanceof PyBool) {
                throw PythonException.of("TypeError", "'" + size.typeName() + "' object cannot be interpreted as an integer");
            }
            shape[i] = ((PyInt) size).value();
            if (shape[i] < -1) {
                throw PythonException.of("ValueError", "negative dimensions are not allowed");
            }
        }
        return shape;
    }
}
