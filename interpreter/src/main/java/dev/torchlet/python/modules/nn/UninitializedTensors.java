package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.Torch;
import dev.torchlet.python.modules.torch.PyTensor;

/**
 * {@code UninitializedParameter} and {@code UninitializedBuffer}: what a lazy layer holds until its
 * first forward knows the input size (registered like any parameter or buffer, so state_dict and
 * named_parameters list them); they print as PyTorch's placeholders.
 */
final class UninitializedTensors {
    private UninitializedTensors() {
    }

    static PyParameter parameter() {
        return new Parameter();
    }

    static PyTensor buffer() {
        return new Buffer();
    }

    private static final class Parameter extends PyParameter {
        Parameter() {
            super(Torch.zeros(0).requiresGrad_(true));
        }

        @Override
        public String typeName() {
            return "UninitializedParameter";
        }

        @Override
        public String repr() {
            return "<UninitializedParameter>";
        }
    }

    private static final class Buffer extends PyTensor {
        Buffer() {
            super(Torch.zeros(0));
        }

        @Override
        public String typeName() {
            return "UninitializedBuffer";
        }

        @Override
        public String repr() {
            return "<UninitializedBuffer>";
        }
    }
}
