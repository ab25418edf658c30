package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.MatrixFunctions;
import dev.torchlet.engine.Statistics;
import dev.torchlet.engine.Tensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;

/**
 * {@code torch.linalg}: {@code det} and {@code inv} (the engine's, with PyTorch's grad_fns
 * LinalgDetBackward0 and LinalgInvExBackward0), {@code vector_norm} and {@code norm} for vector
 * norms and the Frobenius norm (LinalgVectorNormBackward0). Matrix norms of other orders and norms
 * over several dims raise NotImplementedError; other names are an AttributeError, as for any module
 * without them.
 */
final class LinalgModule {
    private LinalgModule() {
    }

    static PyModule create() {
        PyModule linalg = new PyModule("torch.linalg");
        linalg.define("det", new NativeFunction("det",
                (args, kwargs) -> new PyTensor(MatrixFunctions.det(Params.parse("linalg.det", args, kwargs, "A").tensor("A")))));
        linalg.define("inv", new NativeFunction("inv",
                (args, kwargs) -> new PyTensor(MatrixFunctions.inverse(Params.parse("linalg.inv", args, kwargs, "A").tensor("A")))));
        linalg.define("vector_norm", new NativeFunction("vector_norm", (args, kwargs) -> {
            Params p = Params.parse("linalg.vector_norm", args, kwargs, "x", "ord", "dim", "keepdim");
            return new PyTensor(Statistics.vectorNorm(p.tensor("x"), p.number("ord", 2), singleDim(p, "linalg.vector_norm"),
                    p.flag("keepdim", false)));
        }));
        linalg.define("norm", new NativeFunction("norm", (args, kwargs) -> {
            Params p = Params.parse("linalg.norm", args, kwargs, "A", "ord", "dim", "keepdim");
            Tensor a = p.tensor("A");
            Integer dim = singleDim(p, "linalg.norm");
            PyObject ord = p.has("ord") ? p.get("ord") : PyNone.NONE;
            boolean frobenius = ord instanceof PyStr s && s.value().equals("fro");
            boolean matrix = dim == null && a.dim() == 2;
            if (ord instanceof PyStr s && !(frobenius && dim == null)) {
                throw PythonException.of("NotImplementedError", "linalg.norm: ord='" + s.value() + "' is not supported by Torchlet yet");
            }
            if (matrix && !frobenius && ord != PyNone.NONE) {
                throw PythonException.of("NotImplementedError", "linalg.norm: matrix norms of order " + ord.repr()
                        + " are not supported by Torchlet yet (the Frobenius norm, ord=None or 'fro', is)");
            }
            // Without ord: the 2-norm of the flattened input (or along dim); 'fro' is the same sum of squares.
            double order = ord == PyNone.NONE || frobenius ? 2 : p.number("ord", 2);
            return new PyTensor(Statistics.vectorNorm(a, order, dim, p.flag("keepdim", false)));
        }));
        return linalg;
    }

    /** dim as one int or None; a tuple of dims is not supported yet. */
    private static Integer singleDim(Params p, String function) {
        if (p.has("dim") && !(p.get("dim") instanceof PyInt)) {
            throw PythonException.of("NotImplementedError", function + ": norms over several dims are not supported by Torchlet yet");
        }
        return p.optionalInt("dim");
    }
}
