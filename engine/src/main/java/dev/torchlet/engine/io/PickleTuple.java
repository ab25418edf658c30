package dev.torchlet.engine.io;

import java.util.List;

/** A Python tuple in a saved object (lists are {@code java.util.List}, dicts {@code java.util.LinkedHashMap}). */
public record PickleTuple(List<Object> items) {
    public PickleTuple {
        items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items)); // may hold null (None)
    }

    public static PickleTuple of(Object... items) {
        return new PickleTuple(java.util.Arrays.asList(items));
    }
}
