package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.autograd.Node;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import java.util.ArrayList;
import java.util.List;

/** A tensor's {@code grad_fn} as Python sees it: PyTorch's class name and {@code next_functions}. */
final class PyGradFn extends PyObject {
    private final Node node;

    PyGradFn(Node node) {
        this.node = node;
    }

    @Override
    public String typeName() {
        return node.name();
    }

    /** Like PyTorch's {@code <AddBackward0 object at 0x…>}; the number identifies the node within this run. */
    @Override
    public String repr() {
        return "<" + node.name() + " object at 0x" + Integer.toHexString(System.identityHashCode(node)) + ">";
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "name" -> new NativeFunction("name", (args, kwargs) -> new PyStr(node.name()));
            case "next_functions" -> {
                List<PyObject> edges = new ArrayList<>();
                for (Tensor input : node.inputs()) {
                    PyObject next = input == null || !input.requiresGrad() ? PyNone.NONE
                            : input.gradFn() != null ? new PyGradFn(input.gradFn()) : new PyStr("AccumulateGrad");
                    edges.add(PySequence.tuple(List.of(next, dev.torchlet.python.runtime.PyInt.of(0))));
                }
                yield PySequence.tuple(edges);
            }
            default -> super.getAttribute(name);
        };
    }
}
