package dev.torchlet.engine.autograd;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;

/**
 * A differentiable operation defined outside the engine, whose backward is host code (PyTorch's
 * {@code torch.autograd.Function} subclasses: the interpreter's backward runs a Python method).
 * The host runs the forward itself with grad mode off, then records its output here; the node
 * is named {@code <Class>Backward}, its edges go to the tensor arguments only (as PyTorch's
 * {@code next_functions}), and backward checks what the host's backward returns with PyTorch's
 * wording before the engine sees it.
 */
public final class CustomFunction {
    /** The host's backward: the gradient of the output → one value per forward argument (null = None). */
    @FunctionalInterface
    public interface Backward {
        Tensor[] apply(Tensor gradOutput);
    }

    private CustomFunction() {
    }

    /**
     * Gives {@code output} the node of a user-defined function when grad mode is on and a tensor
     * argument requires grad; returns the tensor to hand back to the caller (an alias when the
     * forward returned one of its own arguments unchanged, as PyTorch does, so the argument keeps
     * its history).
     *
     * @param arguments the forward's arguments in order, null where an argument is not a tensor
     * @param saved     the tensors the forward saved for backward ({@code ctx.save_for_backward})
     * @param context   the host's context object, reachable later through {@link Node#customContext()}
     */
    public static Tensor record(Tensor output, String nodeName, Tensor[] arguments, Tensor[] saved, Object context,
                                Backward backward) {
        int tensorCount = 0;
        for (Tensor argument : arguments) {
            if (argument != null) {
                tensorCount++;
            }
        }
        Tensor[] inputs = new Tensor[tensorCount];
        for (int i = 0, j = 0; i < arguments.length; i++) {
            if (arguments[i] != null) {
                inputs[j++] = arguments[i];
            }
        }
        if (!Graph.recording(inputs)) {
            return output;
        }
        Tensor result = output;
        for (Tensor input : inputs) {
            if (input == output) {
                result = output.detach();
                break;
            }
        }
        Tensor[] savedHere = saved.clone();
        for (int i = 0; i < savedHere.length; i++) {
            if (savedHere[i] == output) {
                savedHere[i] = result;
            }
        }
        Node.Rule rule = g -> tensorGradients(nodeName, arguments, inputs, backward.apply(g));
        Node node = Node.forCustomFunction(nodeName, inputs, savedHere, result, rule, context);
        result.setGradFn(node);
        GraphEvents.nodeCreated(node, result);
        return result;
    }

    /** The backward's values, one per argument, checked and reduced to the tensor arguments' gradients. */
    private static Tensor[] tensorGradients(String nodeName, Tensor[] arguments, Tensor[] inputs, Tensor[] perArgument) {
        int count = perArgument.length;
        // Surplus values are forgiven when they are all None (PyTorch's rule).
        while (count > arguments.length && perArgument[count - 1] == null) {
            count--;
        }
        if (count != arguments.length) {
            throw TorchException.runtime("function " + nodeName + " returned an incorrect number of gradients (expected "
                    + arguments.length + ", got " + perArgument.length + ")");
        }
        Tensor[] grads = new Tensor[inputs.length];
        for (int i = 0, j = 0; i < arguments.length; i++) {
            if (arguments[i] == null) {
                if (perArgument[i] != null) {
                    throw TorchException.runtime("function " + nodeName + " returned a gradient different than None at position "
                            + (i + 1) + ", but the corresponding forward input was not a Variable");
                }
                continue;
            }
            Tensor g = perArgument[i];
            // PyTorch casts a gradient of another floating dtype to the input's dtype.
            grads[j] = g != null && g.dtype() != inputs[j].dtype() ? g.to(inputs[j].dtype()) : g;
            j++;
        }
        return grads;
    }
}
