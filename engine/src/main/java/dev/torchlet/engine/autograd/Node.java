package dev.torchlet.engine.autograd;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import java.util.ArrayList;
import java.util.List;

/**
 * A grad_fn: the operation that made a tensor, the nodes its input gradients flow to, and the
 * rule that turns the gradient of the output into gradients of the inputs. Named like PyTorch's
 * classes ({@code AddBackward0}, {@code MulBackward0}, …). A leaf that requires grad has an
 * {@code AccumulateGrad} node ({@link #variable()} is the leaf) that adds into its {@code .grad}.
 *
 * <p>Edges point at nodes, not tensors, so an in-place operation that gives a tensor a new
 * grad_fn (PyTorch's "rebase history") leaves the graph built before it intact.
 */
public final class Node {
    /** The derivative of one operation: gradient of the output → gradient of each input (null where none flows). */
    @FunctionalInterface
    public interface Rule {
        Tensor[] apply(Tensor gradOutput);
    }

    private static long lastId;

    private final long id = ++lastId;
    private final String name;
    private final Tensor[] inputs;
    private final Node[] next;
    private final Rule rule;
    private final SavedTensor[] saved;
    private final Tensor variable;
    private List<GradientHook> hooks;
    private boolean released;
    /** For a user-defined function's node: the host's context object (Python's {@code ctx}); null otherwise. */
    private Object customContext;

    private Node(String name, Tensor[] inputs, Node[] next, Rule rule, SavedTensor[] saved, Tensor variable) {
        this.name = name;
        this.inputs = inputs;
        this.next = next;
        this.rule = rule;
        this.saved = saved;
        this.variable = variable;
    }

    /**
     * The node of an operation on {@code inputs}; {@code saved} are the tensors its rule reads
     * from the forward pass (checked against in-place changes; {@code output} may be among them).
     */
    static Node forOperation(String name, Tensor[] inputs, Tensor[] saved, Tensor output, Rule rule) {
        Node[] next = new Node[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            next[i] = inputs[i] != null && inputs[i].requiresGrad() ? inputs[i].gradientEdge() : null;
        }
        Node node = new Node(name, inputs.clone(), next, rule, new SavedTensor[saved.length], null);
        for (int i = 0; i < saved.length; i++) {
            node.saved[i] = new SavedTensor(saved[i], saved[i] == output ? name : null);
        }
        return node;
    }

    /** The node of a user-defined function (see {@link CustomFunction}), carrying the host's context object. */
    static Node forCustomFunction(String name, Tensor[] inputs, Tensor[] saved, Tensor output, Rule rule, Object context) {
        Node node = forOperation(name, inputs, saved, output, rule);
        node.customContext = context;
        return node;
    }

    /** The part of a base tensor that a view covers, applied to any tensor of the base's shape. */
    @FunctionalInterface
    public interface Region {
        Tensor of(Tensor whole);
    }

    /**
     * PyTorch's {@code CopySlices}: after an in-place op {@code fn} on a view of {@code base}, the
     * base's new history. The gradient outside the view goes to the base's old history; inside it,
     * {@code fn}'s rule runs and its gradient for the view's old values goes there too; fn's other
     * inputs get theirs as before.
     */
    public static Node copySlices(Tensor base, Node fn, Region region) {
        Tensor[] inputs = fn.inputs.clone();
        inputs[0] = base;
        Node[] next = fn.next.clone();
        next[0] = base.gradientEdge();
        Rule rule = g -> {
            Tensor result = g.clone();
            Tensor[] fnGrads = fn.apply(region.of(g).clone());
            Tensor inside = region.of(result);
            if (fnGrads[0] == null) {
                inside.fill_(dev.torchlet.engine.Scalar.of(0L));
            } else {
                inside.copyFrom(fnGrads[0]);
            }
            Tensor[] grads = fnGrads.clone();
            grads[0] = result;
            return grads;
        };
        return new Node("CopySlices", inputs, next, rule, new SavedTensor[0], null);
    }

    /** The {@code AccumulateGrad} node of a leaf that requires grad. */
    public static Node accumulateGrad(Tensor leaf) {
        return new Node("AccumulateGrad", new Tensor[0], new Node[0], null, new SavedTensor[0], leaf);
    }

    public String name() {
        return name;
    }

    /** A number that identifies this node within the process (for graph events and the visualizer). */
    public long id() {
        return id;
    }

    /** The inputs whose gradients this node computes, in the operation's argument order. */
    public Tensor[] inputs() {
        return inputs.clone();
    }

    /** {@code next_functions}: per input, the node its gradient flows to, or null where none flows. */
    public Node[] nextFunctions() {
        return next.clone();
    }

    /** For {@code AccumulateGrad}: the leaf ({@code variable} in PyTorch); null for other nodes. */
    public Tensor variable() {
        return variable;
    }

    /** Whether this node belongs to a user-defined function ({@code torch.autograd.Function} subclass). */
    public boolean isCustomFunction() {
        return customContext != null;
    }

    /** The host's context object of a user-defined function's node ({@code ctx}); null for built-in nodes. */
    public Object customContext() {
        return customContext;
    }

    /**
     * The tensors the rule saved ({@code ctx.saved_tensors}), with PyTorch's errors when the graph
     * was freed or a saved tensor changed in place since.
     */
    public Tensor[] savedTensors() {
        if (released && saved.length > 0) {
            throw freedGraph();
        }
        Tensor[] tensors = new Tensor[saved.length];
        for (int i = 0; i < saved.length; i++) {
            saved[i].checkUnmodified();
            tensors[i] = saved[i].tensor();
        }
        return tensors;
    }

    public boolean isAccumulateGrad() {
        return variable != null;
    }

    /** Adds a hook that sees (and may replace) the gradient flowing into this node. */
    GradientHook.Handle addHook(GradientHook hook) {
        if (hooks == null) {
            hooks = new ArrayList<>();
        }
        hooks.add(hook);
        List<GradientHook> list = hooks;
        return () -> list.remove(hook);
    }

    Tensor runHooks(Tensor gradient) {
        if (hooks == null) {
            return gradient;
        }
        Tensor g = gradient;
        for (GradientHook hook : new ArrayList<>(hooks)) {
            Tensor replaced = hook.apply(g);
            if (replaced != null) {
                g = replaced;
            }
        }
        return g;
    }

    Tensor[] apply(Tensor gradOutput) {
        if (released && saved.length > 0) {
            throw freedGraph();
        }
        for (SavedTensor s : saved) {
            s.checkUnmodified();
        }
        return rule.apply(gradOutput);
    }

    private static TorchException freedGraph() {
        return TorchException.runtime("Trying to backward through the graph a second time (or directly access saved "
                    + "tensors after they have already been freed). Saved intermediate values of the graph are freed when you "
                    + "call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph "
                    + "a second time or if you need to access saved tensors after calling backward.");
    }

    boolean savesTensors() {
        return saved.length > 0;
    }

    void release() {
        released = true;
    }

    @Override
    public String toString() {
        return name;
    }
}
