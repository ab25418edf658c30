package dev.torchlet.engine.autograd;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tensor.backward(gradient, retain_graph)}: runs every node of the graph in an order
 * where a node runs only after all gradients flowing into it are summed, and accumulates
 * gradients into the leaves' {@code .grad}. Uses explicit stacks, so a chain of any length
 * needs no Java recursion.
 */
public final class Backward {
    private Backward() {
    }

    public static void run(Tensor root, Tensor gradient, boolean retainGraph) {
        Node rootNode = root.gradFn();
        if (rootNode == null) {
            throw TorchException.runtime("element 0 of tensors does not require grad and does not have a grad_fn");
        }
        Map<Node, Integer> dependencies = countDependencies(rootNode);
        Map<Node, Tensor> pending = new IdentityHashMap<>();
        pending.put(rootNode, gradient);
        List<Node> ready = new ArrayList<>();
        ready.add(rootNode);
        try (AutoCloseable noGrad = GradMode.disable()) {
            while (!ready.isEmpty()) {
                Node node = ready.remove(ready.size() - 1);
                Tensor[] grads = node.apply(pending.remove(node));
                Tensor[] inputs = node.inputs();
                for (int i = 0; i < inputs.length; i++) {
                    Tensor input = inputs[i];
                    if (input == null || grads[i] == null || !input.requiresGrad()) {
                        continue;
                    }
                    Node next = input.gradFn();
                    if (next == null) {
                        input.accumulateGrad(grads[i]);
                        continue;
                    }
                    Tensor sum = pending.get(next);
                    pending.put(next, sum == null ? grads[i] : sum.add(grads[i]));
                    int left = dependencies.get(next) - 1;
                    dependencies.put(next, left);
                    if (left == 0) {
                        ready.add(next);
                    }
                }
                if (!retainGraph) {
                    node.release();
                }
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many edges lead into each node reachable from the root. */
    private static Map<Node, Integer> countDependencies(Node root) {
        Map<Node, Integer> counts = new IdentityHashMap<>();
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        counts.put(root, 0);
        while (!stack.isEmpty()) {
            Node node = stack.remove(stack.size() - 1);
            for (Tensor input : node.inputs()) {
                Node next = input == null ? null : input.gradFn();
                if (next == null) {
                    continue;
                }
                Integer seen = counts.get(next);
                counts.put(next, seen == null ? 1 : seen + 1);
                if (seen == null) {
                    stack.add(next);
                }
            }
        }
        return counts;
    }
}
