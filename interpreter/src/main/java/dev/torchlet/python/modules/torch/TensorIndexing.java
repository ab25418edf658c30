package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Tensor;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PySlice;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;

/**
 * Basic tensor indexing: integers and slices, alone or in a tuple, each consuming one dimension
 * from the left. The result is a view (shares storage), so assigning through it writes the
 * original tensor.
 */
final class TensorIndexing {
    private TensorIndexing() {
    }

    static Tensor view(Tensor tensor, PyObject key) {
        List<PyObject> parts = key instanceof PySequence seq && seq.isTuple() ? seq.items() : List.of(key);
        if (parts.size() > tensor.dim()) {
            throw PythonException.of("IndexError", "too many indices for tensor of dimension " + tensor.dim());
        }
        Tensor result = tensor;
        int dim = 0;
        for (PyObject part : parts) {
            if (part instanceof PyInt i && !(part instanceof PyBool)) {
                result = result.select(dim, i.value());
            } else if (part instanceof PySlice slice) {
                if (slice.stepOrOne() <= 0) {
                    throw PythonException.of("ValueError", "step must be greater than zero");
                }
                result = result.slice(dim, slice.startOrNull(), slice.stopOrNull(), slice.stepOrOne());
                dim++;
            } else {
                throw PythonException.of("NotImplementedError", "indexing a tensor with " + part.typeName()
                        + " is not supported by Torchlet yet (integers and slices are)");
            }
        }
        return result;
    }
}
