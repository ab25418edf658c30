package dev.torchlet.engine.autograd;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.format.SizeText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backward engine behind {@code tensor.backward(...)} and {@code torch.autograd.grad(...)}.
 * A node runs only after every gradient flowing into it has been summed (Kahn's order over the
 * nodes reachable from the roots), with explicit lists, so a chain of any length needs no Java
 * recursion. {@code create_graph} runs the rules with grad mode on, so the gradients get a graph
 * of their own (the rules are written in differentiable tensor ops).
 */
public final class Backward {
    private Backward() {
    }

    /** {@code root.backward(gradient, retain_graph, create_graph)}: accumulates into leaves' {@code .grad}. */
    public static void run(Tensor root, Tensor gradient, boolean retainGraph, boolean createGraph) {
        execute(new Tensor[] {root}, new Tensor[] {gradient}, retainGraph, createGraph, null);
    }

    /**
     * {@code torch.autograd.grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused)}:
     * the gradients of the outputs with respect to each input, without touching any {@code .grad}.
     * A null grad output means ones (allowed for one-element outputs only).
     */
    public static Tensor[] grad(Tensor[] outputs, Tensor[] inputs, Tensor[] gradOutputs, boolean retainGraph,
                                boolean createGraph, boolean allowUnused) {
        Tensor[] seeds = new Tensor[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            Tensor given = gradOutputs == null ? null : gradOutputs[i];
            seeds[i] = given != null ? given : implicitGradient(outputs[i]);
        }
        Node[] targets = new Node[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            if (!inputs[i].requiresGrad()) {
                throw TorchException.runtime("One of the differentiated Tensors does not require grad");
            }
            targets[i] = inputs[i].gradientEdge();
        }
        Map<Node, Tensor> captured = execute(outputs, seeds, retainGraph, createGraph, targets);
        Tensor[] result = new Tensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            result[i] = captured.get(targets[i]);
            if (result[i] == null && !allowUnused) {
                throw TorchException.runtime("One of the differentiated Tensors appears to not have been used in the graph. "
                        + "Set allow_unused=True if this is the desired behavior.");
            }
        }
        return result;
    }

    /** The ones a one-element output's gradient defaults to, with PyTorch's error otherwise. */
    public static Tensor implicitGradient(Tensor output) {
        if (output.numel() != 1) {
            throw TorchException.runtime("grad can be implicitly created only for scalar outputs");
        }
        return dev.torchlet.engine.Torch.full(output.shape(), dev.torchlet.engine.Scalar.of(1L), output.dtype(), output.device());
    }

    /**
     * Runs the graph from the roots. With {@code targets}, gradients arriving at those nodes are
     * returned instead of accumulated, and only nodes that lead to a target run.
     */
    private static Map<Node, Tensor> execute(Tensor[] roots, Tensor[] seeds, boolean retainGraph, boolean createGraph,
                                             Node[] targets) {
        List<Node> rootNodes = new ArrayList<>();
        Map<Node, Tensor> pending = new IdentityHashMap<>();
        for (int i = 0; i < roots.length; i++) {
            Tensor root = roots[i];
            if (!root.requiresGrad()) {
                throw TorchException.runtime("element " + i + " of tensors does not require grad and does not have a grad_fn");
            }
            if (!java.util.Arrays.equals(seeds[i].shape(), root.shape())) {
                throw TorchException.runtime("Mismatch in shape: grad_output[" + i + "] has a shape of "
                        + SizeText.torchSize(seeds[i].shape()) + " and output[" + i + "] has a shape of "
                        + SizeText.torchSize(root.shape()) + ".");
            }
            if (!seeds[i].device().equals(root.device())) {
                throw TorchException.runtime("invalid gradient at index " + i + " - expected device " + root.device() + " but got "
                        + seeds[i].device());
            }
            Node node = root.gradientEdge();
            Tensor sum = pending.get(node);
            pending.put(node, sum == null ? seeds[i] : sum.add(seeds[i]));
            if (sum == null) {
                rootNodes.add(node);
            }
        }
        List<Node> order = topologicalOrder(rootNodes);
        Map<Node, Boolean> needed = targets == null ? null : neededNodes(order, targets);
        Map<Node, Integer> dependencies = new IdentityHashMap<>();
        for (Node node : order) {
            for (Node next : node.nextFunctions()) {
                if (next != null) {
                    dependencies.merge(next, 1, Integer::sum);
                }
            }
        }
        Map<Node, Tensor> captured = new IdentityHashMap<>();
        List<Node> executed = new ArrayList<>();
        GraphEvents.backwardStarted(rootNodes, createGraph);
        boolean previousMode = GradMode.isEnabled();
        GradMode.setEnabled(createGraph);
        try {
            ReadyQueue ready = new ReadyQueue();
            for (Node root : rootNodes) {
                if (!dependencies.containsKey(root)) {
                    ready.push(root);
                }
            }
            while (!ready.isEmpty()) {
                Node node = ready.pop();
                Tensor arrived = pending.remove(node);
                Node[] next = node.nextFunctions();
                if (arrived == null) {
                    // No gradient reached this node (every edge into it carried none): it only releases its successors.
                    release(next, new Tensor[next.length], pending, dependencies, ready);
                    continue;
                }
                Tensor incoming = node.runHooks(arrived);
                boolean isTarget = targets != null && contains(targets, node);
                if (isTarget) {
                    captured.put(node, incoming);
                }
                if (node.isAccumulateGrad()) {
                    if (targets == null) {
                        node.variable().accumulateGrad(incoming, createGraph);
                        GraphEvents.gradientAccumulated(node, incoming);
                    }
                    continue;
                }
                if (needed != null && !anyNeeded(next, needed)) {
                    continue;
                }
                Tensor[] grads = node.apply(incoming);
                Tensor[] inputs = node.inputs();
                for (int i = 0; i < next.length; i++) {
                    if (next[i] == null) {
                        grads[i] = null; // nothing flows where no input requires grad
                    } else if (grads[i] != null && !java.util.Arrays.equals(grads[i].shape(), inputs[i].shape())) {
                        throw TorchException.runtime("Function " + node.name() + " returned an invalid gradient at index " + i
                                + " - got " + SizeText.list(grads[i].shape()) + " but expected shape compatible with "
                                + SizeText.list(inputs[i].shape()));
                    }
                }
                executed.add(node);
                GraphEvents.nodeEvaluated(node, incoming, grads);
                release(next, grads, pending, dependencies, ready);
            }
        } finally {
            GradMode.setEnabled(previousMode);
        }
        if (!retainGraph) {
            for (Node node : executed) {
                node.release();
            }
            GraphEvents.graphFreed(executed);
        }
        return captured;
    }

    /** Hands each successor its gradient; a successor whose every incoming edge has now delivered becomes ready. */
    private static void release(Node[] next, Tensor[] grads, Map<Node, Tensor> pending, Map<Node, Integer> dependencies,
                                ReadyQueue ready) {
        for (int i = 0; i < next.length; i++) {
            Node target = next[i];
            if (target == null) {
                continue;
            }
            if (grads[i] != null) {
                Tensor sum = pending.get(target);
                pending.put(target, sum == null ? grads[i] : sum.add(grads[i]));
            }
            int left = dependencies.get(target) - 1;
            dependencies.put(target, left);
            if (left == 0) {
                ready.push(target);
            }
        }
    }

    private static boolean contains(Node[] nodes, Node node) {
        for (Node n : nodes) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyNeeded(Node[] next, Map<Node, Boolean> needed) {
        for (Node n : next) {
            if (n != null && needed.containsKey(n)) {
                return true;
            }
        }
        return false;
    }

    /** Every node reachable from the roots, each before all the nodes it sends gradients to. */
    private static List<Node> topologicalOrder(List<Node> roots) {
        Map<Node, Integer> incoming = new IdentityHashMap<>();
        List<Node> stack = new ArrayList<>(roots);
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        for (Node root : roots) {
            seen.put(root, true);
        }
        while (!stack.isEmpty()) {
            Node node = stack.remove(stack.size() - 1);
            for (Node next : node.nextFunctions()) {
                if (next != null) {
                    incoming.merge(next, 1, Integer::sum);
                    if (seen.put(next, true) == null) {
                        stack.add(next);
                    }
                }
            }
        }
        List<Node> order = new ArrayList<>();
        List<Node> ready = new ArrayList<>();
        for (Node root : roots) {
            if (!incoming.containsKey(root)) {
                ready.add(root);
            }
        }
        while (!ready.isEmpty()) {
            Node node = ready.remove(ready.size() - 1);
            order.add(node);
            for (Node next : node.nextFunctions()) {
                if (next != null) {
                    int left = incoming.get(next) - 1;
                    incoming.put(next, left);
                    if (left == 0) {
                        ready.add(next);
                    }
                }
            }
        }
        return order;
    }

    /** The nodes from which a target can be reached (the targets included). */
    private static Map<Node, Boolean> neededNodes(List<Node> order, Node[] targets) {
        Map<Node, Boolean> needed = new IdentityHashMap<>();
        for (Node target : targets) {
            needed.put(target, true);
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Node node = order.get(i);
            if (anyNeeded(node.nextFunctions(), needed)) {
                needed.put(node, true);
            }
        }
        return needed;
    }
}
