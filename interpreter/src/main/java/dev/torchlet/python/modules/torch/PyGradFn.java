package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.autograd.Node;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * A tensor's {@code grad_fn} (or an {@code AccumulateGrad} node) as Python sees it: PyTorch's class
 * name, {@code name()}, {@code next_functions} (pairs of node or None and input number) and, for
 * AccumulateGrad, {@code variable}.
 */
final class PyGradFn extends PyObject {
    private final Node node;

    PyGradFn(Node node) {
        this.node = node;
    }

    /** A node as Python sees it: a user-defined function's node is its {@code ctx} object, as in PyTorch. */
    static PyObject of(Node node) {
        return node.customContext() instanceof PyObject ctx ? ctx : new PyGradFn(node);
    }

    @Override
    public String typeName() {
        return node.name();
    }

    /** Like PyTorch's {@code <AddBackward0 object at 0x…>}; the number identifies the node within this run. */
    @Override
    public String repr() {
        return "<" + node.name() + " object at 0x" + Long.toHexString(0x7f0000000000L + node.id() * 0x30) + ">";
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            // name() gives the C++ name, which for these nodes carries its namespace.
            case "name" -> new NativeFunction("name", (args, kwargs) -> new PyStr(
                    node.name().equals("CopySlices") || node.name().equals("CopyBackwards") || node.isAccumulateGrad()
                            ? "torch::autograd::" + node.name() : node.name()));
            case "next_functions" -> {
                List<PyObject> edges = new ArrayList<>();
                for (Node next : node.nextFunctions()) {
                    edges.add(PySequence.tuple(List.of(next == null ? PyNone.NONE : of(next), PyInt.of(0))));
                }
                yield PySequence.tuple(edges);
            }
            case "variable" -> {
                if (node.variable() == null) {
                    yield super.getAttribute(name);
                }
                yield new PyTensor(node.variable());
            }
            default -> super.getAttribute(name);
        };
    }
}
