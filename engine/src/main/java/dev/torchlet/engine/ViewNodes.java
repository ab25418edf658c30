package dev.torchlet.engine;

import java.util.Set;

/**
 * The grad_fn names of PyTorch's view operations (their result shares its input's memory), by
 * which an in-place write recognises a view and rewrites its base's history. A list of names,
 * not ops: GradCheckTest skips this file when it collects the engine's grad_fn names.
 */
final class ViewNodes {
    static final Set<String> NAMES = Set.of("SelectBackward0", "SliceBackward0", "ViewBackward0",
            "ReshapeAliasBackward0", "TransposeBackward0", "TBackward0", "PermuteBackward0", "UnsqueezeBackward0",
            "AliasBackward0", "AsStridedBackward0", "ExpandBackward0", "SqueezeBackward0", "SqueezeBackward1",
            "UnfoldBackward0", "DiagonalBackward0", "NarrowBackward0", "SplitBackward0", "UnbindBackward0");

    private ViewNodes() {
    }
}
