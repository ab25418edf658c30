package dev.torchlet.python.modules.torch;

import dev.torchlet.python.runtime.Formatter;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/**
 * A tensor in Python's number protocol: {@code abs(t)}, {@code float(t)}, {@code int(t)}, using it
 * as an index, and {@code format(t, spec)} (a 0-d tensor formats like its item), with PyTorch's errors.
 */
final class TensorNumberProtocol {
    private TensorNumberProtocol() {
    }

    /** The dunder method {@code name} of {@code t}: {@code __abs__}, {@code __float__}, {@code __int__}, {@code __index__}. */
    static PyObject method(PyTensor t, String name) {
        return new NativeFunction(name, (args, kwargs) -> switch (name) {
            case "__abs__" -> t.getAttribute("abs").call(List.of(), Map.of());
            case "__float__" -> new PyFloat(dev.torchlet.python.runtime.Conversions.toDouble(scalar(t)));
            case "__int__" -> PyInt.construct(List.of(scalar(t)), Map.of());
            default -> {
                if (t.tensor().numel() != 1 || t.tensor().dtype().isFloatingPoint()) {
                    throw PythonException.of("TypeError", "only integer tensors of a single element can be converted to an index");
                }
                yield PyInt.construct(List.of(scalar(t)), Map.of());
            }
        });
    }

    /** {@code format(t, spec)}: PyTorch formats a 0-d tensor as its Python number. */
    static String format(PyTensor t, String spec) {
        if (t.tensor().dim() == 0) {
            return Formatter.format(scalar(t), spec);
        }
        if (spec.isEmpty()) {
            return t.str();
        }
        throw PythonException.of("TypeError", "unsupported format string passed to Tensor.__format__");
    }

    private static PyObject scalar(PyTensor t) {
        if (t.tensor().numel() != 1) {
            throw PythonException.of("ValueError", "only one element tensors can be converted to Python scalars");
        }
        return t.getAttribute("item").call(List.of(), Map.of());
    }
}
