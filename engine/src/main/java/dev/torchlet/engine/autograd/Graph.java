package dev.torchlet.engine.autograd;

import dev.torchlet.engine.Tensor;

/**
 * How an operation joins the autograd graph: when grad mode is on and an input requires grad,
 * its result gets a PyTorch-named node holding the derivative rule. Every differentiable op of
 * the engine (and a user-defined autograd function) records itself through here.
 */
public final class Graph {
    private static final Tensor[] NOTHING = new Tensor[0];

    private Graph() {
    }

    /** Whether an op on these inputs is recorded now. */
    public static boolean recording(Tensor... inputs) {
        if (!GradMode.isEnabled()) {
            return false;
        }
        for (Tensor t : inputs) {
            if (t != null && t.requiresGrad()) {
                return true;
            }
        }
        return false;
    }

    /** Records a node whose rule needs only shapes and constants. */
    public static Tensor record(Tensor result, String name, Node.Rule rule, Tensor... inputs) {
        return record(result, name, NOTHING, rule, inputs);
    }

    /**
     * Records a node whose rule reads {@code saved} tensors from the forward pass (the result may
     * be one of them); backward checks them for in-place changes and refuses a freed graph.
     */
    public static Tensor record(Tensor result, String name, Tensor[] saved, Node.Rule rule, Tensor... inputs) {
        if (recording(inputs)) {
            Node node = Node.forOperation(name, inputs, saved, result, rule);
            result.setGradFn(node);
            GraphEvents.nodeCreated(node, result);
        }
        return result;
    }
}
