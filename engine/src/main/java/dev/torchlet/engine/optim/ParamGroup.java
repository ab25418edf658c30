package dev.torchlet.engine.optim;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code optimizer.param_groups}: its parameters and its options (PyTorch's group
 * dict minus {@code params}). The optimizer reads the options at every step, so changing one
 * (a scheduler setting {@code lr}) takes effect at the next step. Option values are Python-like:
 * {@link Long} for an int, {@link Double} for a float, {@link Boolean}, null for None, and a
 * {@link List} for a tuple such as Adam's {@code betas}.
 */
public final class ParamGroup {
    private final List<Tensor> params;
    private final LinkedHashMap<String, Object> options;

    ParamGroup(List<Tensor> params, LinkedHashMap<String, Object> options) {
        this.params = new ArrayList<>(params);
        this.options = options;
    }

    public List<Tensor> params() {
        return params;
    }

    /** The options in PyTorch's order (the optimizer's defaults first, then any extra keys); live. */
    public Map<String, Object> options() {
        return options;
    }

    public Object get(String key) {
        return options.get(key);
    }

    public void set(String key, Object value) {
        options.put(key, value);
    }

    public double lr() {
        return number("lr");
    }

    public void setLr(double lr) {
        options.put("lr", lr);
    }

    /** A numeric option as a double (ints and bools count, as in Python arithmetic). */
    public double number(String key) {
        return asNumber(key, options.get(key));
    }

    /** Element {@code index} of a tuple option such as {@code betas}. */
    public double number(String key, int index) {
        if (!(options.get(key) instanceof List<?> tuple) || tuple.size() <= index) {
            throw new TorchException(TorchException.Kind.TYPE_ERROR, "param group option '" + key + "' must be a tuple of " + (index + 1) + " or more numbers");
        }
        return asNumber(key, tuple.get(index));
    }

    public boolean flag(String key) {
        Object value = options.get(key);
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && asNumber(key, value) != 0;
    }

    private static double asNumber(String key, Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new TorchException(TorchException.Kind.TYPE_ERROR, "param group option '" + key + "' must be a number, not " + PythonText.typeName(value));
    }
}
