package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.MatrixFunctions;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyModule;

/**
 * {@code torch.linalg}: {@code det} and {@code inv} (the engine's, with PyTorch's grad_fns
 * LinalgDetBackward0 and LinalgInvExBackward0). Other names are an AttributeError, as for any
 * module without them.
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
        return linalg;
    }
}
