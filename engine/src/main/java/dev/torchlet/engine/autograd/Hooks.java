package dev.torchlet.engine.autograd;

/** Attaches tensor hooks to the node a tensor's gradient arrives at (its grad_fn, or its AccumulateGrad). */
public final class Hooks {
    private Hooks() {
    }

    public static GradientHook.Handle register(Node node, GradientHook hook) {
        return node.addHook(hook);
    }
}
