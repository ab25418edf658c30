package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.autograd.Node;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ctx} of a {@code torch.autograd.Function}: what forward hands to backward
 * ({@code save_for_backward}/{@code saved_tensors}, any attribute), {@code needs_input_grad},
 * {@code mark_non_differentiable}. As in PyTorch it is also the output's {@code grad_fn}
 * (a {@code MyReLUBackward} object with {@code name()} and {@code next_functions}) once the
 * engine has recorded the node.
 */
final class PyFunctionCtx extends PyObject {
    private final String nodeName;
    private final PyObject needsInputGrad;
    private final Map<String, PyObject> attributes = new LinkedHashMap<>();
    /** What save_for_backward received, None included (the engine keeps only the tensors). */
    private List<PyObject> savedArguments = List.of();
    private final Map<Tensor, Boolean> nonDifferentiable = new IdentityHashMap<>();
    private Node node;

    PyFunctionCtx(String nodeName, PyObject needsInputGrad) {
        this.nodeName = nodeName;
        this.needsInputGrad = needsInputGrad;
    }

    /** The node the engine recorded for the forward's output (none when nothing required grad). */
    void attach(Node recorded) {
        node = recorded;
    }

    /** The tensors given to save_for_backward, for the engine's version checks. */
    Tensor[] savedTensors() {
        List<Tensor> tensors = new ArrayList<>();
        for (PyObject item : savedArguments) {
            if (item instanceof PyTensor t) {
                tensors.add(t.tensor());
            }
        }
        return tensors.toArray(new Tensor[0]);
    }

    boolean isNonDifferentiable(Tensor t) {
        return nonDifferentiable.containsKey(t);
    }

    @Override
    public String typeName() {
        return nodeName;
    }

    @Override
    public String repr() {
        long id = node == null ? System.identityHashCode(this) : node.id();
        return "<torch.autograd.function." + nodeName + " object at 0x" + Long.toHexString(0x7f0000000000L + id * 0x30) + ">";
    }

    @Override
    public PyObject getAttribute(String name) {
        switch (name) {
            case "save_for_backward" -> {
                return new NativeFunction(name, (args, kwargs) -> {
                    NativeFunction.rejectUnknownKeywords(name, kwargs);
                    for (PyObject arg : args) {
                        if (!(arg instanceof PyTensor) && arg != PyNone.NONE) {
                            throw PythonException.of("TypeError", "save_for_backward can only save variables, but argument "
                                    + args.indexOf(arg) + " is of type " + arg.typeName());
                        }
                    }
                    savedArguments = List.copyOf(args);
                    return PyNone.NONE;
                });
            }
            case "saved_tensors" -> {
                return savedTensorsTuple();
            }
            case "needs_input_grad" -> {
                return needsInputGrad;
            }
            case "mark_non_differentiable" -> {
                return new NativeFunction(name, (args, kwargs) -> {
                    for (PyObject arg : args) {
                        if (!(arg instanceof PyTensor t)) {
                            throw PythonException.of("TypeError", "mark_non_differentiable can only mark tensors, but got "
                                    + arg.typeName());
                        }
                        nonDifferentiable.put(t.tensor(), true);
                    }
                    return PyNone.NONE;
                });
            }
            case "mark_dirty", "set_materialize_grads" -> {
                return new NativeFunction(name, (args, kwargs) -> {
                    throw PythonException.of("NotImplementedError", "ctx." + name + "() is not supported by Torchlet yet");
                });
            }
            case "name", "next_functions" -> {
                if (node != null) {
                    return new PyGradFn(node).getAttribute(name);
                }
            }
            default -> {
            }
        }
        PyObject own = attributes.get(name);
        if (own != null) {
            return own;
        }
        return super.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, PyObject value) {
        if (name.equals("saved_tensors") || name.equals("needs_input_grad")) {
            throw PythonException.of("AttributeError", "attribute '" + name + "' of 'torch._C._FunctionBase' objects is not writable");
        }
        attributes.put(name, value);
    }

    /** {@code saved_tensors}: once the node exists, read through the engine (freed graph and in-place checks). */
    private PyObject savedTensorsTuple() {
        Tensor[] checked = node == null ? savedTensors() : node.savedTensors();
        List<PyObject> result = new ArrayList<>();
        int next = 0;
        for (PyObject item : savedArguments) {
            result.add(item == PyNone.NONE ? PyNone.NONE : new PyTensor(checked[next++]));
        }
        return PySequence.tuple(result);
    }

    /** {@code needs_input_grad}: per forward argument, whether it is a tensor that requires grad. */
    static PyObject needsInputGrad(List<PyObject> args) {
        List<PyObject> flags = new ArrayList<>();
        for (PyObject arg : args) {
            flags.add(PyBool.of(arg instanceof PyTensor t && t.tensor().requiresGrad()));
        }
        return PySequence.tuple(flags);
    }
}
