package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Torch;
import dev.torchlet.engine.indexing.TensorIndex;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyEllipsis;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PySlice;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;

/**
 * Python subscript keys → the engine's {@link TensorIndex} list: a tuple gives one entry per
 * item; ints, slices, None, Ellipsis, tensors and lists (which become tensors, as in PyTorch).
 * The engine does the indexing itself ({@code Tensor.index}/{@code indexPut}).
 */
public final class TensorIndexing {
    private TensorIndexing() {
    }

    public static List<TensorIndex> key(PyObject key) {
        List<PyObject> parts = key instanceof PySequence seq && seq.isTuple() ? seq.items() : List.of(key);
        List<TensorIndex> entries = new ArrayList<>();
        for (PyObject part : parts) {
            entries.add(entry(part));
        }
        return entries;
    }

    private static TensorIndex entry(PyObject part) {
        if (part instanceof PyBool b) {
            // True/False index like a 0-dim bool mask: a new dimension of size 1 or 0.
            return TensorIndex.of(dev.torchlet.engine.Torch.full(new long[0], dev.torchlet.engine.Scalar.of(b.isTruthy() ? 1L : 0L),
                    dev.torchlet.engine.DType.BOOL));
        }
        if (part instanceof PyInt i) {
            return TensorIndex.at(i.value());
        }
        if (part instanceof PySlice slice) {
            long step = slice.stepOrOne();
            if (step <= 0) {
                throw PythonException.of("ValueError", "step must be greater than zero");
            }
            return TensorIndex.slice(slice.startOrNull(), slice.stopOrNull(), step);
        }
        if (part == PyNone.NONE) {
            return TensorIndex.NONE;
        }
        if (part == PyEllipsis.ELLIPSIS) {
            return TensorIndex.ELLIPSIS;
        }
        if (part instanceof PyTensor t) {
            return TensorIndex.of(t.tensor());
        }
        if (part instanceof PySequence seq && !seq.isTuple()) {
            return TensorIndex.of(Torch.tensor(Arguments.data(seq), null));
        }
        throw PythonException.of("IndexError", "only integers, slices (`:`), ellipsis (`...`), None and long or byte "
                + "Variables are valid indices (got " + part.typeName() + ")");
    }
}
