package dev.torchlet.engine.autograd;

import dev.torchlet.engine.DType;
import java.util.List;

/**
 * What a {@link GraphObserver} hears about the autograd graph. Tensors appear by
 * {@code Tensor.id()} (a number that stays the same for a tensor's life) and nodes by
 * {@link Node#id()}; gradients are the engine's own tensors (do not modify them).
 */
public sealed interface GraphEvent {
    /** A tensor's shape and dtype, as the graph saw it. */
    record TensorInfo(long id, long[] shape, DType dtype) {
    }

    /**
     * An operation recorded a node: {@code opName} is the op ({@code mul}, derived from the grad_fn
     * name), {@code inputs} its tensor inputs (null where an input is absent), {@code nextNodes} the
     * node ids its gradients flow to (0 where none), {@code source} the tag the host set with
     * {@link GraphEvents#setSourceTag} when the op ran (a source line, for the interpreter), and
     * {@code module} the path of the modules whose forward was running ({@code "Net.fc1"}, see
     * {@link GraphEvents#enterModule}), or "" outside any.
     */
    record NodeCreated(long nodeId, String opName, String gradFnName, List<TensorInfo> inputs, TensorInfo output,
                       long[] nextNodes, Object source, String module) implements GraphEvent {
    }

    /** backward() or autograd.grad() begins at these root nodes. */
    record BackwardStarted(List<Long> rootNodeIds, boolean createGraph) implements GraphEvent {
    }

    /** A node ran: the summed gradient it received and the gradient it sent to each input (null where none). */
    record NodeEvaluated(long nodeId, String gradFnName, dev.torchlet.engine.Tensor incoming,
                         List<dev.torchlet.engine.Tensor> outgoing) implements GraphEvent {
    }

    /** A leaf's {@code .grad} received {@code gradient} (the new total is {@code total}). */
    record GradientAccumulated(long nodeId, long leafId, dev.torchlet.engine.Tensor gradient,
                               dev.torchlet.engine.Tensor total) implements GraphEvent {
    }

    /** A backward pass without retain_graph freed these nodes' saved tensors. */
    record GraphFreed(List<Long> nodeIds) implements GraphEvent {
    }
}
