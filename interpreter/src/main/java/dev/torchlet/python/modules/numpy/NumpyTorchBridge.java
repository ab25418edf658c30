package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Tensor;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;

/**
 * The bridge between arrays and tensors, sharing memory as PyTorch does: {@code tensor.numpy()} and
 * {@code torch.from_numpy(a)} view the same storage (each side a separate object, so a tensor made
 * from an array can take {@code requires_grad} without the array noticing); {@code torch.tensor(a)}
 * copies; {@code torch.as_tensor(a)} shares unless a dtype change forces a copy.
 */
public final class NumpyTorchBridge {
    private NumpyTorchBridge() {
    }

    /** Defines {@code torch.from_numpy} and {@code torch.as_tensor} (after {@code torch.tensor}, which it falls back on). */
    public static void define(dev.torchlet.python.runtime.PyModule torch) {
        PyObject tensorFunction = torch.getAttribute("tensor");
        torch.define("from_numpy", new dev.torchlet.python.runtime.NativeFunction("from_numpy", (args, kwargs) -> {
            if (args.size() != 1) {
                throw PythonException.of("TypeError", "from_numpy() takes exactly 1 argument (" + args.size() + " given)");
            }
            return fromNumpy(args.get(0));
        }));
        torch.define("as_tensor", new dev.torchlet.python.runtime.NativeFunction("as_tensor", (args, kwargs) -> {
            dev.torchlet.python.runtime.NativeFunction.rejectUnknownKeywords("as_tensor", kwargs, "dtype");
            PyObject dtypeArg = kwargs.getOrDefault("dtype", dev.torchlet.python.runtime.PyNone.NONE);
            DType dtype = dtypeArg instanceof dev.torchlet.python.modules.torch.PyDType d ? d.dtype() : null;
            if (args.size() == 1 && args.get(0) instanceof PyNdArray) {
                return new PyTensor(shared(args.get(0), dtype));
            }
            if (args.size() == 1 && args.get(0) instanceof PyTensor t) {
                return dtype == null || dtype == t.tensor().dtype() ? t : new PyTensor(t.tensor().to(dtype));
            }
            return tensorFunction.call(args, kwargs);
        }));
    }

    /**
     * A tensor arithmetic operator's other operand: an array becomes a tensor sharing its memory, so
     * {@code tensor + array} is a tensor as in PyTorch 1.13 (which, with NumPy 1.24, refuses
     * {@code array + tensor} with a TypeError and compares {@code tensor == array} as False; so does Torchlet).
     */
    public static PyObject operand(PyObject other) {
        return other instanceof PyNdArray a ? new PyTensor(a.tensor().detach()) : other;
    }

    /** {@code tensor.numpy()}. */
    public static PyObject numpy(Tensor t) {
        return new PyNdArray(numpyView(t));
    }

    /** The memory a tensor shares with its NumPy view; PyTorch's error for a tensor that requires grad. */
    static Tensor numpyView(Tensor t) {
        if (!t.device().isCpu()) {
            throw PythonException.of("TypeError", "can't convert " + t.device() + " device type tensor to numpy. "
                    + "Use Tensor.cpu() to copy the tensor to host memory first.");
        }
        if (t.requiresGrad()) {
            throw PythonException.of("RuntimeError", "Can't call numpy() on Tensor that requires grad. "
                    + "Use tensor.detach().numpy() instead.");
        }
        return t.detach();
    }

    /** {@code torch.from_numpy(a)}. */
    public static PyObject fromNumpy(PyObject array) {
        if (!(array instanceof PyNdArray a)) {
            throw PythonException.of("TypeError", "expected np.ndarray (got " + array.typeName() + ")");
        }
        return new PyTensor(a.tensor().detach());
    }

    /** The tensor {@code torch.tensor(a)} builds from an array (a copy), or null when {@code data} is not an array. */
    public static Tensor copyOf(PyObject data, DType dtype) {
        if (!(data instanceof PyNdArray a)) {
            return null;
        }
        Tensor source = a.tensor();
        return dtype == null || dtype == source.dtype() ? source.clone() : source.to(dtype);
    }

    /** {@code torch.as_tensor(a)}: shares when the dtype stays; null when {@code data} is not an array. */
    public static Tensor shared(PyObject data, DType dtype) {
        if (!(data instanceof PyNdArray a)) {
            return null;
        }
        Tensor source = a.tensor();
        return dtype == null || dtype == source.dtype() ? source.detach() : source.to(dtype);
    }

    /** Writes {@code values} (broadcast, cast) into {@code target}'s memory. */
    static void write(Tensor target, Tensor values) {
        target.assignInPlace(values.dtype() == target.dtype() ? values : values.to(target.dtype()));
    }
}
