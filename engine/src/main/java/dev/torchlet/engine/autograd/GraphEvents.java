package dev.torchlet.engine.autograd;

import dev.torchlet.engine.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The graph event stream: subscribers hear every node created, backward pass, node evaluated,
 * leaf gradient accumulated and graph freed. With no subscriber each hook is one field test
 * and nothing is built.
 */
public final class GraphEvents {
    private static final List<GraphObserver> OBSERVERS = new ArrayList<>();
    private static boolean active;
    private static Object sourceTag;
    /** The names of the modules whose forward is running, outermost first. */
    private static final List<String> MODULES = new ArrayList<>();

    private GraphEvents() {
    }

    /** Starts delivering events to {@code observer}; close the returned handle to stop. */
    public static AutoCloseable subscribe(GraphObserver observer) {
        OBSERVERS.add(observer);
        active = true;
        return () -> {
            OBSERVERS.remove(observer);
            active = !OBSERVERS.isEmpty();
        };
    }

    public static boolean active() {
        return active;
    }

    /** An opaque tag (the interpreter sets the source line before each statement) attached to nodes created from now on. */
    public static void setSourceTag(Object tag) {
        sourceTag = tag;
    }

    /**
     * A module's forward begins: nodes created until the matching {@link #exitModule} belong to it
     * (nested inside the modules already entered), so a viewer can group a model's graph by layer.
     */
    public static void enterModule(String name) {
        MODULES.add(name);
    }

    public static void exitModule() {
        if (!MODULES.isEmpty()) {
            MODULES.remove(MODULES.size() - 1);
        }
    }

    /** Forgets the module stack (a run that ended in the middle of a forward). */
    public static void clearModules() {
        MODULES.clear();
    }

    private static void publish(GraphEvent event) {
        for (GraphObserver observer : new ArrayList<>(OBSERVERS)) {
            observer.onEvent(event);
        }
    }

    static void nodeCreated(Node node, Tensor output) {
        if (!active) {
            return;
        }
        List<GraphEvent.TensorInfo> inputs = new ArrayList<>();
        for (Tensor input : node.inputs()) {
            inputs.add(input == null ? null : info(input));
        }
        Node[] next = node.nextFunctions();
        long[] nextIds = new long[next.length];
        for (int i = 0; i < next.length; i++) {
            nextIds[i] = next[i] == null ? 0 : next[i].id();
        }
        // A user-defined function's op is its class name (MyReLUBackward → MyReLU), as the learner wrote it.
        String op = node.isCustomFunction() ? node.name().substring(0, node.name().length() - "Backward".length())
                : opName(node.name());
        publish(new GraphEvent.NodeCreated(node.id(), op, node.name(), inputs, info(output), nextIds, sourceTag,
                String.join(".", MODULES)));
    }

    static void backwardStarted(List<Node> roots, boolean createGraph) {
        if (active) {
            List<Long> ids = new ArrayList<>();
            for (Node root : roots) {
                ids.add(root.id());
            }
            publish(new GraphEvent.BackwardStarted(ids, createGraph));
        }
    }

    static void nodeEvaluated(Node node, Tensor incoming, Tensor[] outgoing) {
        if (active) {
            publish(new GraphEvent.NodeEvaluated(node.id(), node.name(), incoming, java.util.Arrays.asList(outgoing.clone())));
        }
    }

    static void gradientAccumulated(Node node, Tensor gradient) {
        if (active) {
            publish(new GraphEvent.GradientAccumulated(node.id(), node.variable().id(), gradient, node.variable().grad()));
        }
    }

    static void graphFreed(List<Node> nodes) {
        if (active && !nodes.isEmpty()) {
            List<Long> ids = new ArrayList<>();
            for (Node node : nodes) {
                ids.add(node.id());
            }
            publish(new GraphEvent.GraphFreed(ids));
        }
    }

    private static GraphEvent.TensorInfo info(Tensor t) {
        return new GraphEvent.TensorInfo(t.id(), t.shape(), t.dtype());
    }

    /** {@code MulBackward0} → {@code mul}, {@code ReshapeAliasBackward0} → {@code reshape_alias}, {@code CopySlices} → {@code copy_slices}. */
    static String opName(String gradFnName) {
        int cut = gradFnName.indexOf("Backward");
        String stem = cut > 0 ? gradFnName.substring(0, cut) : gradFnName;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
