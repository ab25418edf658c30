package dev.torchlet.engine.optim;

import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.optim.Optimizer}: parameter groups with per-group options, per-parameter state,
 * {@code zero_grad}, {@code step}, {@code state_dict}/{@code load_state_dict}. Subclasses give
 * PyTorch 1.13's defaults and the update rule of one parameter (PyTorch's single-tensor path;
 * parameters do not interact, so updating them one by one gives PyTorch's results).
 */
public abstract class Optimizer {
    /** Marks a default the caller must give (PyTorch's {@code required}, e.g. SGD's lr). */
    public static final Object REQUIRED = new Object();

    private final LinkedHashMap<String, Object> defaults;
    private final List<ParamGroup> paramGroups = new ArrayList<>();
    // Keyed by tensor identity, in the order parameters first got state (PyTorch's dict order).
    private final Map<Tensor, Map<String, Object>> state = new LinkedHashMap<>(); // Tensor keeps Object identity equality
    private final List<Tensor> stateOrder = new ArrayList<>();

    /**
     * @param params tensors (one group) or group maps, each with a {@code params} list of tensors
     *     and any options that override {@code defaults}
     */
    protected Optimizer(List<?> params, LinkedHashMap<String, Object> defaults) {
        this.defaults = defaults;
        if (params.isEmpty()) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "optimizer got an empty parameter list");
        }
        if (params.get(0) instanceof Map<?, ?>) {
            for (Object group : params) {
                if (!(group instanceof Map<?, ?> map)) {
                    throw new TorchException(TorchException.Kind.TYPE_ERROR, "param groups must be dicts");
                }
                addParamGroup(castGroup(map));
            }
        } else {
            Map<String, Object> only = new LinkedHashMap<>();
            only.put("params", params);
            addParamGroup(only);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castGroup(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** PyTorch's class name, e.g. {@code SGD}. */
    public abstract String name();

    /** Updates one parameter from its gradient, its state and its group's options (under no_grad). */
    protected abstract void update(Tensor param, Tensor grad, Map<String, Object> state, ParamGroup group);

    /** State a subclass gives every parameter as soon as it joins (Adagrad's sum); none by default. */
    protected void initializeState(Tensor param, ParamGroup group) {
    }

    public Map<String, Object> defaults() {
        return defaults;
    }

    public List<ParamGroup> paramGroups() {
        return paramGroups;
    }

    /** {@code add_param_group}: a map with {@code params} (tensors) and options overriding the defaults. */
    public void addParamGroup(Map<String, Object> group) {
        Object paramsValue = group.get("params");
        List<Tensor> params = new ArrayList<>();
        if (paramsValue instanceof Tensor single) {
            params.add(single);
        } else if (paramsValue instanceof List<?> list) {
            for (Object p : list) {
                if (!(p instanceof Tensor t)) {
                    throw new TorchException(TorchException.Kind.TYPE_ERROR,
                            "optimizer can only optimize Tensors, but one of the params is " + PythonText.typeName(p));
                }
                if (!t.isLeaf()) {
                    throw new TorchException(TorchException.Kind.VALUE_ERROR, "can't optimize a non-leaf Tensor");
                }
                params.add(t);
            }
        } else {
            throw new TorchException(TorchException.Kind.TYPE_ERROR,
                    "params argument given to the optimizer should be an iterable of Tensors or dicts, but got "
                            + PythonText.typeName(paramsValue));
        }
        LinkedHashMap<String, Object> options = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : defaults.entrySet()) {
            Object value = group.containsKey(entry.getKey()) ? group.get(entry.getKey()) : entry.getValue();
            if (value == REQUIRED) {
                throw new TorchException(TorchException.Kind.VALUE_ERROR,
                        "parameter group didn't specify a value of required optimization parameter " + entry.getKey());
            }
            options.put(entry.getKey(), value);
        }
        for (Map.Entry<String, Object> entry : group.entrySet()) {
            if (!entry.getKey().equals("params") && !options.containsKey(entry.getKey())) {
                options.put(entry.getKey(), entry.getValue());
            }
        }
        for (ParamGroup existing : paramGroups) {
            for (Tensor p : existing.params()) {
                for (Tensor q : params) {
                    if (p == q) {
                        throw new TorchException(TorchException.Kind.VALUE_ERROR, "some parameters appear in more than one parameter group");
                    }
                }
            }
        }
        ParamGroup added = new ParamGroup(params, options);
        paramGroups.add(added);
        for (Tensor p : params) {
            initializeState(p, added);
        }
    }

    /** The state of one parameter (live; empty until its first step for most optimizers). */
    public Map<String, Object> state(Tensor param) {
        Map<String, Object> s = state.get(param);
        return s != null ? s : java.util.Collections.emptyMap();
    }

    /** The parameters that have state, in the order they got it. */
    public List<Tensor> parametersWithState() {
        return stateOrder;
    }

    /** The state map of {@code param}, created empty on first use (PyTorch's defaultdict). */
    protected Map<String, Object> stateFor(Tensor param) {
        Map<String, Object> s = state.get(param);
        if (s == null) {
            s = new LinkedHashMap<>();
            state.put(param, s);
            stateOrder.add(param);
        }
        return s;
    }

    /** {@code zero_grad(set_to_none)}: PyTorch 1.13's default keeps the gradients as zeros. */
    public void zeroGrad(boolean setToNone) {
        for (ParamGroup group : paramGroups) {
            for (Tensor p : group.params()) {
                Tensor grad = p.grad();
                if (grad == null) {
                    continue;
                }
                if (setToNone) {
                    p.setGrad(null);
                } else {
                    if (grad.gradFn() != null) {
                        grad = grad.detach(); // a gradient built with create_graph loses its history, as in PyTorch
                        p.setGrad(grad);
                    }
                    dev.torchlet.engine.TensorValues.write(grad, new double[(int) grad.numel()]);
                }
            }
        }
    }

    public void zeroGrad() {
        zeroGrad(false);
    }

    /** One optimisation step over every parameter that has a gradient. */
    public void step() {
        for (ParamGroup group : paramGroups) {
            for (Tensor p : group.params()) {
                Tensor grad = p.grad();
                if (grad == null) {
                    continue;
                }
                if (p.device().isCpu()) {
                    update(p, grad, stateFor(p), group);
                } else if (!updateOnDevice(p, grad, stateFor(p), group)) {
                    updateThroughHost(p, grad, stateFor(p), group);
                }
            }
        }
    }

    /**
     * Updates a parameter on an accelerator with the device's kernel for this rule; false (having
     * changed nothing) when there is none, and the rule then runs through host copies.
     */
    protected boolean updateOnDevice(Tensor param, Tensor grad, Map<String, Object> state, ParamGroup group) {
        return false;
    }

    /**
     * A parameter on an accelerator whose rule has no device kernel: the rule runs on host copies
     * of the parameter, gradient and state, and the results are written back to the device. State
     * tensors the rule created move there too, as PyTorch keeps them beside their parameter,
     * except 0-d ones ({@code step}), which PyTorch 1.13 keeps on the CPU.
     */
    private void updateThroughHost(Tensor param, Tensor grad, Map<String, Object> state, ParamGroup group) {
        Tensor hostParam = param.detach().onHost();
        Map<String, Object> hostState = new LinkedHashMap<>();
        state.forEach((key, value) -> hostState.put(key, value instanceof Tensor t ? t.detach().onHost() : value));
        update(hostParam, grad.detach().onHost(), hostState, group);
        param.detach().copyFrom(hostParam);
        hostState.forEach((key, value) -> {
            Object kept = state.get(key);
            if (value instanceof Tensor t && kept instanceof Tensor onDevice && !onDevice.device().isCpu()) {
                onDevice.detach().copyFrom(t);
            } else {
                state.put(key, value instanceof Tensor t && t.dim() > 0 ? t.to(param.device()) : value);
            }
        });
    }

    /**
     * {@code state_dict()}: {@code state} maps each parameter's index (counted across groups) to a
     * copy of its state map; {@code param_groups} lists each group's options with {@code params}
     * as those indices. Tensors are shared, not copied, as in PyTorch.
     */
    public Map<String, Object> stateDict() {
        Map<Tensor, Long> indices = new LinkedHashMap<>();
        List<Object> groups = new ArrayList<>();
        long next = 0;
        for (ParamGroup group : paramGroups) {
            LinkedHashMap<String, Object> packed = new LinkedHashMap<>(group.options());
            List<Object> ids = new ArrayList<>();
            for (Tensor p : group.params()) {
                if (!indices.containsKey(p)) {
                    indices.put(p, next++);
                }
                ids.add(indices.get(p));
            }
            packed.put("params", ids);
            groups.add(packed);
        }
        LinkedHashMap<Object, Object> packedState = new LinkedHashMap<>();
        for (Tensor p : stateOrder) {
            packedState.put(indices.get(p), new LinkedHashMap<>(state.get(p)));
        }
        LinkedHashMap<String, Object> dict = new LinkedHashMap<>();
        dict.put("state", packedState);
        dict.put("param_groups", groups);
        return dict;
    }

    /**
     * {@code load_state_dict(d)}: takes the groups' options and the state from {@code d} (tensors
     * copied and, when floating point, cast to their parameter's dtype; {@code step} kept as is).
     */
    public void loadStateDict(Map<String, Object> dict) {
        if (!(dict.get("param_groups") instanceof List<?> savedGroups) || !(dict.get("state") instanceof Map<?, ?> savedState)) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "state_dict must have 'state' and 'param_groups'");
        }
        if (savedGroups.size() != paramGroups.size()) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "loaded state dict has a different number of parameter groups");
        }
        Map<Object, Tensor> byIndex = new LinkedHashMap<>();
        for (int g = 0; g < savedGroups.size(); g++) {
            if (!(savedGroups.get(g) instanceof Map<?, ?> savedGroup) || !(savedGroup.get("params") instanceof List<?> ids)) {
                throw new TorchException(TorchException.Kind.VALUE_ERROR, "each saved param group must be a dict with a 'params' list");
            }
            ParamGroup group = paramGroups.get(g);
            if (ids.size() != group.params().size()) {
                throw new TorchException(TorchException.Kind.VALUE_ERROR,
                        "loaded state dict contains a parameter group that doesn't match the size of optimizer's group");
            }
            for (int i = 0; i < ids.size(); i++) {
                byIndex.put(ids.get(i), group.params().get(i));
            }
        }
        state.clear();
        stateOrder.clear();
        for (Map.Entry<?, ?> entry : savedState.entrySet()) {
            Tensor param = byIndex.get(entry.getKey());
            if (param == null) {
                continue; // PyTorch keeps state of unknown keys under the key; Torchlet has no such parameter to attach it to
            }
            if (!(entry.getValue() instanceof Map<?, ?> savedEntries)) {
                throw new TorchException(TorchException.Kind.VALUE_ERROR, "the saved state of each parameter must be a dict");
            }
            Map<String, Object> target = stateFor(param);
            for (Map.Entry<?, ?> value : savedEntries.entrySet()) {
                String key = String.valueOf(value.getKey());
                Object v = value.getValue();
                if (v instanceof Tensor t) {
                    boolean cast = !key.equals("step") && t.dtype().isFloatingPoint();
                    v = cast ? t.to(param.dtype()).clone().detach() : t.clone().detach();
                }
                target.put(key, v);
            }
        }
        for (int g = 0; g < savedGroups.size(); g++) {
            ParamGroup group = paramGroups.get(g);
            group.options().clear();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) savedGroups.get(g)).entrySet()) {
                if (!"params".equals(entry.getKey())) {
                    group.options().put(String.valueOf(entry.getKey()), entry.getValue());
                }
            }
        }
    }

    /** PyTorch's repr: each group's options sorted by name, {@code params} left out. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name()).append(" (");
        for (int i = 0; i < paramGroups.size(); i++) {
            text.append("\nParameter Group ").append(i).append('\n');
            List<String> keys = new ArrayList<>(paramGroups.get(i).options().keySet());
            java.util.Collections.sort(keys);
            for (String key : keys) {
                text.append("    ").append(key).append(": ").append(PythonText.str(paramGroups.get(i).get(key))).append('\n');
            }
        }
        return text.append(')').toString();
    }

    /** A zero tensor shaped and typed like {@code like}, on its device. */
    protected static Tensor zerosLike(Tensor like) {
        return dev.torchlet.engine.Torch.full(like.shape(), Scalar.of(0L), like.dtype(), like.device());
    }

    /** A hyperparameter as a number (a bool counts, as in Python); TypeError otherwise. */
    protected static double numberOf(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new TorchException(TorchException.Kind.TYPE_ERROR, "expected a number, got " + PythonText.typeName(value));
    }

    /** Checks a hyperparameter like PyTorch's constructors: {@code ValueError: Invalid learning rate: -1}. */
    protected static void requireNonNegative(Object value, String what) {
        if (value instanceof Number n && !(n.doubleValue() >= 0)) {
            throw new TorchException(TorchException.Kind.VALUE_ERROR, "Invalid " + what + ": " + PythonText.str(value));
        }
    }
}
