package dev.torchlet.engine.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code collections.OrderedDict} in a saved object, with the instance attributes PyTorch
 * pickles with it: a state_dict carries {@code _metadata} (each module's prefix → {@code {'version': n}}),
 * which {@code load_state_dict} hands to modules that changed their format (BatchNorm is version 2).
 */
public final class PickleOrderedDict extends LinkedHashMap<Object, Object> {
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    /** Instance attributes ({@code vars(od)}), in order; empty for a plain OrderedDict. */
    public Map<String, Object> attributes() {
        return attributes;
    }
}
