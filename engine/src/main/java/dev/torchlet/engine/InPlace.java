package dev.torchlet.engine;

import dev.torchlet.engine.autograd.GradMode;
import dev.torchlet.engine.autograd.Graph;
import dev.torchlet.engine.autograd.Node;

/**
 * Autograd's rules for in-place writes: which are refused, and the history a written tensor gets.
 * An in-place op on a view of a tensor that requires grad also rewrites the base's history
 * (PyTorch's CopySlices), so gradients see the change through the base too.
 */
final class InPlace {
    private InPlace() {
    }

    /** The tensor a view was taken from (following chains of views), or null when {@code t} is not such a view. */
    static Tensor viewBase(Tensor t) {
        Tensor base = null;
        Tensor current = t;
        while (current.gradFn() != null && ViewNodes.NAMES.contains(current.gradFn().name())) {
            Tensor input = current.gradFn().inputs()[0];
            if (input == null || !input.sharesStorageWith(current)) {
                break;
            }
            base = input;
            current = input;
        }
        return base;
    }

    /** PyTorch refuses to overwrite a leaf that requires grad (or a view of one) while the graph is being recorded. */
    static void checkAllowed(Tensor target) {
        if (!GradMode.isEnabled()) {
            return;
        }
        if (target.isLeaf() && target.requiresGrad()) {
            throw TorchException.runtime("a leaf Variable that requires grad is being used in an in-place operation.");
        }
        Tensor base = viewBase(target);
        if (base != null && base.isLeaf() && base.requiresGrad()) {
            throw TorchException.runtime("a view of a leaf Variable that requires grad is being used in an in-place operation.");
        }
    }

    /**
     * Gives {@code target} the history {@code node} of the in-place op just done (null: the op
     * recorded nothing). When target is a view, its base gets CopySlices and the view is replayed
     * on top of it (AsStridedBackward0), as in PyTorch.
     */
    static Tensor adopt(Tensor target, Tensor base, Node node) {
        if (node == null) {
            return target;
        }
        long[] baseShape = base == null ? null : base.shape();
        if (base == null || !java.util.Arrays.equals(base.stride(), Tensor.contiguousStrides(baseShape))) {
            // Not a view, or a base whose layout the region arithmetic below does not cover: history on target only.
            target.setGradFn(node);
            return target;
        }
        StridedRegion region = new StridedRegion(baseShape, target.storageOffset() - base.storageOffset(), target.shape(),
                target.stride());
        base.setGradFn(Node.copySlices(base, node, region));
        target.setGradFn(null);
        Tensor replay = Graph.record(target, "AsStridedBackward0", g -> new Tensor[] {region.backward(g)}, base);
        return replay;
    }

    /** The base of a view about to be written in place, when its history must be rewritten (else null). */
    static Tensor baseToRewrite(Tensor target) {
        return GradMode.isEnabled() ? viewBase(target) : null;
    }

    /** After {@code target.copy_(source)}: CopyBackwards sends the gradient to source, none to target's old value. */
    static Tensor rebase(Tensor target, Tensor base, Tensor source) {
        long[] sourceShape = source.shape();
        DType sourceType = source.dtype();
        return adopt(target, base, node(target, "CopyBackwards", g -> new Tensor[] {
            Torch.full(g.shape(), Scalar.of(0L), g.dtype()), Derivatives.sumToShape(g, sourceShape).to(sourceType)}, target, source));
    }

    /** After {@code target.fill_(value)}: the old values no longer matter. */
    static Tensor rebaseFill(Tensor target, Tensor base) {
        return adopt(target, base, node(target, "FillBackward0", g -> new Tensor[] {Torch.full(g.shape(), Scalar.of(0L), g.dtype())},
                target));
    }

    /** Records an in-place op's node on target (its inputs' edges are taken first); null when nothing is recorded. */
    static Node node(Tensor target, String name, Node.Rule rule, Tensor... inputs) {
        return node(target, name, new Tensor[0], rule, inputs);
    }

    static Node node(Tensor target, String name, Tensor[] saved, Node.Rule rule, Tensor... inputs) {
        if (!Graph.recording(inputs)) {
            return null;
        }
        Graph.record(target, name, saved, rule, inputs);
        return target.gradFn();
    }
}
