package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Torch;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;

/**
 * {@code UninitializedParameter} and {@code UninitializedBuffer}: what a lazy layer holds until its
 * first forward knows the input size (registered like any parameter or buffer, so state_dict and
 * named_parameters list them); they print as PyTorch's placeholders.
 */
public final class UninitializedTensors {
    private UninitializedTensors() {
    }

    /** {@code nn.UninitializedParameter(requires_grad=True)}, a subclass of nn.Parameter. */
    static final PyType PARAMETER_TYPE = PyType.registerBuiltin("UninitializedParameter", NnModule.PARAMETER, (args, kwargs) -> {
        Params p = Params.parse("UninitializedParameter", args, kwargs, "requires_grad");
        Parameter placeholder = new Parameter(Torch.getDefaultDtype());
        placeholder.tensor().requiresGrad_(p.flag("requires_grad", true));
        return placeholder;
    });

    /** {@code nn.UninitializedBuffer(requires_grad=False)}, a subclass of torch.Tensor. */
    static final PyType BUFFER_TYPE = PyType.registerBuiltin("UninitializedBuffer", PyType.builtin("Tensor"), (args, kwargs) -> {
        Params.parse("UninitializedBuffer", args, kwargs, "requires_grad");
        return new Buffer(Torch.getDefaultDtype());
    });

    /** Whether {@code value} is a lazy layer's placeholder, not yet given a shape. */
    public static boolean isUninitialized(PyObject value) {
        return value instanceof Parameter || value instanceof Buffer;
    }

    static PyParameter parameter() {
        return new Parameter(Torch.getDefaultDtype());
    }

    static PyTensor buffer() {
        return new Buffer(Torch.getDefaultDtype());
    }

    /** The dtype the parameter or buffer will have (module.double() before the first forward changes it). */
    static DType dtype(PyObject placeholder) {
        return ((PyTensor) placeholder).tensor().dtype();
    }

    /** The same kind of placeholder in {@code dtype}. */
    static PyTensor converted(PyObject placeholder, DType dtype) {
        return placeholder instanceof Parameter ? new Parameter(dtype) : new Buffer(dtype);
    }

    /** PyTorch's error for the shape of a placeholder; other attributes as a tensor's. */
    private static PyObject shapeless(String name, java.util.function.Supplier<PyObject> otherwise) {
        if (name.equals("shape")) {
            throw PythonException.of("RuntimeError", "Can't access the shape of an uninitialized parameter or buffer. This error usually "
                    + "happens in `load_state_dict` when trying to load an uninitialized parameter into an initialized one. Call "
                    + "`forward` to initialize the parameters before accessing their attributes.");
        }
        return otherwise.get();
    }

    private static final class Parameter extends PyParameter {
        Parameter(DType dtype) {
            super(Torch.full(new long[] {0}, Scalar.of(0L), dtype).requiresGrad_(true));
        }

        @Override
        public String typeName() {
            return "UninitializedParameter";
        }

        @Override
        public String repr() {
            return "<UninitializedParameter>";
        }

        @Override
        public PyObject getAttribute(String name) {
            return shapeless(name, () -> super.getAttribute(name));
        }
    }

    private static final class Buffer extends PyTensor {
        Buffer(DType dtype) {
            super(Torch.full(new long[] {0}, Scalar.of(0L), dtype));
        }

        @Override
        public String typeName() {
            return "UninitializedBuffer";
        }

        @Override
        public String repr() {
            return "<UninitializedBuffer>";
        }

        @Override
        public PyObject getAttribute(String name) {
            return shapeless(name, () -> super.getAttribute(name));
        }
    }
}
