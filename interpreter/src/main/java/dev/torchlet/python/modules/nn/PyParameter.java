package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.Tensor;
import dev.torchlet.python.modules.torch.PyTensor;

/** {@code nn.Parameter}: a tensor a Module registers as a parameter; prints "Parameter containing:" first. */
public class PyParameter extends PyTensor {
    public PyParameter(Tensor tensor) {
        super(tensor);
    }

    @Override
    public String typeName() {
        return "Parameter";
    }

    @Override
    public String repr() {
        return "Parameter containing:\n" + tensor();
    }
}
