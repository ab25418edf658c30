package dev.torchlet.engine.optim;

import java.util.LinkedHashMap;
import java.util.List;

/** Builds an optimizer's defaults in PyTorch's key order (the order {@code state_dict} shows them). */
final class OptimizerOptions {
    private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

    OptimizerOptions put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    /** Takes the caller's value for {@code key} when it gave one (a map from the binding's keywords). */
    static Object given(java.util.Map<String, Object> given, String key, Object fallback) {
        return given.containsKey(key) ? given.get(key) : fallback;
    }

    static List<Object> tuple(Object... items) {
        return java.util.Arrays.asList(items);
    }

    LinkedHashMap<String, Object> build() {
        return values;
    }
}
