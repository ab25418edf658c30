package dev.torchlet.engine.autograd;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;

/**
 * A grad_fn: the operation that made a tensor, the input tensors the gradient flows back to,
 * and the rule that turns the gradient of the output into gradients of the inputs. Named like
 * PyTorch's classes ({@code AddBackward0}, {@code MulBackward0}, …).
 */
public final class Node {
    /** The derivative of one operation: gradient of the output → gradient of each input (null where none flows). */
    @FunctionalInterface
    public interface Rule {
        Tensor[] apply(Tensor gradOutput);
    }

    private final String name;
    private final Tensor[] inputs;
    private final Rule rule;
    private final boolean savesTensors;
    private boolean released;

    /**
     * @param savesTensors whether the rule reads tensors saved from the forward pass; only such
     *                     nodes refuse to run again after the graph was freed, as in PyTorch
     */
    public Node(String name, Tensor[] inputs, Rule rule, boolean savesTensors) {
        this.name = name;
        this.inputs = inputs;
        this.rule = rule;
        this.savesTensors = savesTensors;
    }

    public String name() {
        return name;
    }

    /** The inputs whose gradients this node computes, in the operation's argument order. */
    public Tensor[] inputs() {
        return inputs.clone();
    }

    Tensor[] apply(Tensor gradOutput) {
        if (released && savesTensors) {
            throw TorchException.runtime("Trying to backward through the graph a second time (or directly access saved "
                    + "tensors after they have already been freed). Saved intermediate values of the graph are freed when you "
                    + "call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph "
                    + "a second time or if you need to access saved tensors after calling backward.");
        }
        return rule.apply(gradOutput);
    }

    void release() {
        released = true;
    }
}
