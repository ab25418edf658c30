package dev.torchlet.python.modules.optim;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.autograd.GradMode;
import dev.torchlet.engine.optim.Optimizer;
import dev.torchlet.engine.optim.ParamGroup;
import dev.torchlet.python.modules.nn.UninitializedTensors;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyDict;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyIterator;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code torch.optim} optimizer as Python sees it. The engine's {@link Optimizer} does the work;
 * {@code param_groups} are real Python dicts that the program may change at any time
 * ({@code opt.param_groups[0]['lr'] = 0.01}), so their options are copied into the engine before
 * anything reads them, and back after the engine (a scheduler) changed them.
 */
public final class PyOptimizer extends PyObject {
    private static final PyStr PARAMS = new PyStr("params");

    private final Optimizer optimizer;
    private PySequence paramGroups;
    private final PyDict defaults = new PyDict();

    /**
     * @param params what the program passed: an iterable of tensors, or of dicts with {@code params}
     * @param build makes the engine optimizer from engine-side params (tensors or group maps)
     */
    PyOptimizer(PyObject params, java.util.function.Function<List<?>, Optimizer> build) {
        if (params instanceof PyTensor) {
            throw PythonException.of("TypeError",
                    "params argument given to the optimizer should be an iterable of Tensors or dicts, but got torch.FloatTensor");
        }
        List<PyObject> given = new ArrayList<>();
        PyIterator items = params.iterate();
        while (items.hasNext()) {
            given.add(items.next());
        }
        List<PyDict> dicts = new ArrayList<>();
        List<Object> engineParams = new ArrayList<>();
        if (!given.isEmpty() && given.get(0) instanceof PyDict) {
            for (PyObject group : given) {
                if (!(group instanceof PyDict dict)) {
                    throw PythonException.of("TypeError", "param groups must be dicts, not " + group.typeName());
                }
                dict.put(PARAMS, PySequence.list(tensorList(dict.get(PARAMS))));
                dicts.add(dict);
                engineParams.add(engineGroup(dict));
            }
        } else {
            PyDict only = new PyDict();
            only.put(PARAMS, PySequence.list(given));
            dicts.add(only);
            for (PyObject p : given) {
                engineParams.add(engineParameter(p));
            }
        }
        this.optimizer = build.apply(engineParams);
        for (Map.Entry<String, Object> entry : optimizer.defaults().entrySet()) {
            defaults.put(new PyStr(entry.getKey()), entry.getValue() == Optimizer.REQUIRED ? new PyStr("<required parameter>")
                    : OptionValues.toPython(entry.getValue()));
        }
        paramGroups = PySequence.list(new ArrayList<>(dicts));
        pullFromEngine();
    }

    public Optimizer engine() {
        return optimizer;
    }

    /**
     * A parameter as the engine optimizer holds it. A lazy layer's parameters before its first
     * forward are refused: Torchlet replaces them then (PyTorch fills them in place), so the
     * optimizer would keep the empty placeholders.
     */
    private static Object engineParameter(PyObject p) {
        if (UninitializedTensors.isUninitialized(p)) {
            throw PythonException.of("NotImplementedError", "an optimizer over a lazy module's parameters before its first forward is not "
                    + "supported by Torchlet yet; call the model once (a dry run) before creating the optimizer");
        }
        return OptionValues.toJava(p);
    }

    private static List<PyObject> tensorList(PyObject params) {
        if (params == null) {
            throw PythonException.keyError(new dev.torchlet.python.runtime.PyStr("params"));
        }
        if (params instanceof PyTensor) {
            return new ArrayList<>(List.of(params));
        }
        List<PyObject> list = new ArrayList<>();
        PyIterator it = params.iterate();
        while (it.hasNext()) {
            list.add(it.next());
        }
        return list;
    }

    private static Map<String, Object> engineGroup(PyDict dict) {
        Map<String, Object> group = new LinkedHashMap<>();
        for (PyObject key : dict.keys()) {
            String name = key.str();
            if (name.equals("params")) {
                List<Object> tensors = new ArrayList<>();
                for (PyObject p : tensorList(dict.get(PARAMS))) {
                    tensors.add(engineParameter(p));
                }
                group.put("params", tensors);
            } else {
                group.put(name, OptionValues.toJava(dict.get(key)));
            }
        }
        return group;
    }

    private List<PyDict> groupDicts() {
        List<PyDict> dicts = new ArrayList<>();
        for (PyObject item : paramGroups.items()) {
            if (!(item instanceof PyDict dict)) {
                throw PythonException.of("TypeError", "optimizer.param_groups must hold dicts, not " + item.typeName());
            }
            dicts.add(dict);
        }
        return dicts;
    }

    /** Copies the Python groups' options into the engine (before a step, a scheduler, a state_dict). */
    void pushToEngine() {
        List<PyDict> dicts = groupDicts();
        List<ParamGroup> groups = optimizer.paramGroups();
        for (int i = 0; i < dicts.size() && i < groups.size(); i++) {
            for (PyObject key : dicts.get(i).keys()) {
                if (!key.str().equals("params")) {
                    groups.get(i).set(key.str(), OptionValues.toJava(dicts.get(i).get(key)));
                }
            }
        }
    }

    /** Copies the engine's group options into the Python dicts (after a scheduler or load_state_dict changed them). */
    void pullFromEngine() {
        List<PyDict> dicts = groupDicts();
        List<ParamGroup> groups = optimizer.paramGroups();
        for (int i = 0; i < dicts.size() && i < groups.size(); i++) {
            for (Map.Entry<String, Object> option : groups.get(i).options().entrySet()) {
                PyStr key = new PyStr(option.getKey());
                PyObject current = dicts.get(i).get(key);
                if (current == null || !java.util.Objects.equals(OptionValues.toJava(current), option.getValue())) {
                    dicts.get(i).put(key, OptionValues.toPython(option.getValue()));
                }
            }
        }
    }

    @Override
    public String typeName() {
        return optimizer.name();
    }

    /** PyTorch's repr, from the Python dicts (so values print exactly as Python prints them). */
    @Override
    public String repr() {
        StringBuilder text = new StringBuilder(optimizer.name()).append(" (");
        List<PyDict> dicts = groupDicts();
        for (int i = 0; i < dicts.size(); i++) {
            text.append("\nParameter Group ").append(i).append('\n');
            List<String> keys = new ArrayList<>();
            for (PyObject key : dicts.get(i).keys()) {
                keys.add(key.str());
            }
            Collections.sort(keys);
            for (String key : keys) {
                if (!key.equals("params")) {
                    text.append("    ").append(key).append(": ").append(dicts.get(i).get(new PyStr(key)).str()).append('\n');
                }
            }
        }
        return text.append(')').toString();
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "param_groups" -> paramGroups;
            case "defaults" -> defaults;
            case "state" -> new PyOptimizerState(stateDictOfParams());
            case "step" -> new NativeFunction("step", (args, kwargs) -> step(new Signature("step", 0, 1, "closure").bind(args, kwargs)));
            case "zero_grad" -> new NativeFunction("zero_grad", (args, kwargs) -> {
                PyObject setToNone = new Signature("zero_grad", 0, 1, "set_to_none").bind(args, kwargs).get("set_to_none");
                optimizer.zeroGrad(setToNone != null && setToNone.isTruthy());
                return PyNone.NONE;
            });
            case "state_dict" -> new NativeFunction("state_dict", (args, kwargs) -> {
                new Signature("state_dict", 0, 0).bind(args, kwargs);
                return stateDict();
            });
            case "load_state_dict" -> new NativeFunction("load_state_dict", (args, kwargs) -> {
                loadStateDict(new Signature("load_state_dict", 1, 1, "state_dict").bind(args, kwargs).get("state_dict"));
                return PyNone.NONE;
            });
            case "add_param_group" -> new NativeFunction("add_param_group", (args, kwargs) -> {
                PyObject group = new Signature("add_param_group", 1, 1, "param_group").bind(args, kwargs).get("param_group");
                if (!(group instanceof PyDict dict)) {
                    throw PythonException.of("TypeError", "param group must be a dict");
                }
                pushToEngine();
                dict.put(PARAMS, PySequence.list(tensorList(dict.get(PARAMS))));
                optimizer.addParamGroup(engineGroup(dict));
                paramGroups.items().add(dict);
                pullFromEngine();
                return PyNone.NONE;
            });
            default -> super.getAttribute(name);
        };
    }

    private PyObject step(Map<String, PyObject> bound) {
        PyObject closure = bound.getOrDefault("closure", PyNone.NONE);
        PyObject loss = PyNone.NONE;
        if (closure != PyNone.NONE) {
            boolean previous = GradMode.isEnabled();
            GradMode.setEnabled(true);
            try {
                loss = closure.call(List.of(), Map.of());
            } finally {
                GradMode.setEnabled(previous);
            }
        }
        pushToEngine();
        optimizer.step();
        return loss;
    }

    /** The Python objects of every parameter, by engine tensor (the keys of {@code optimizer.state}). */
    private Map<Tensor, PyObject> parameterObjects() {
        Map<Tensor, PyObject> objects = new LinkedHashMap<>(); // Tensor keeps Object identity equality
        for (PyDict dict : groupDicts()) {
            for (PyObject p : tensorList(dict.get(PARAMS))) {
                if (p instanceof PyTensor t && !objects.containsKey(t.tensor())) {
                    objects.put(t.tensor(), p);
                }
            }
        }
        return objects;
    }

    private PyDict stateDictOfParams() {
        Map<Tensor, PyObject> objects = parameterObjects();
        PyDict state = new PyDict();
        for (Tensor p : optimizer.parametersWithState()) {
            state.put(objects.get(p), stateEntries(optimizer.state(p)));
        }
        return state;
    }

    private static PyDict stateEntries(Map<String, Object> entries) {
        PyDict dict = new PyDict();
        for (Map.Entry<String, Object> entry : entries.entrySet()) {
            dict.put(new PyStr(entry.getKey()), OptionValues.toPython(entry.getValue()));
        }
        return dict;
    }

    private PyDict stateDict() {
        pushToEngine();
        Map<String, Object> engine = optimizer.stateDict();
        PyDict state = new PyDict();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) engine.get("state")).entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> entries = (Map<String, Object>) entry.getValue();
            state.put(PyInt.of((Long) entry.getKey()), stateEntries(entries));
        }
        List<PyObject> groups = new ArrayList<>();
        for (Object group : (List<?>) engine.get("param_groups")) {
            PyDict dict = new PyDict();
            for (Map.Entry<?, ?> option : ((Map<?, ?>) group).entrySet()) {
                if (option.getKey().equals("params")) {
                    List<PyObject> ids = new ArrayList<>();
                    for (Object id : (List<?>) option.getValue()) {
                        ids.add(PyInt.of((Long) id));
                    }
                    dict.put(PARAMS, PySequence.list(ids));
                } else {
                    dict.put(new PyStr((String) option.getKey()), OptionValues.toPython(option.getValue()));
                }
            }
            groups.add(dict);
        }
        PyDict result = new PyDict();
        result.put(new PyStr("state"), state);
        result.put(new PyStr("param_groups"), PySequence.list(groups));
        return result;
    }

    private void loadStateDict(PyObject value) {
        if (!(value instanceof PyDict dict) || !(dict.get(new PyStr("state")) instanceof PyDict state)
                || !(dict.get(new PyStr("param_groups")) instanceof PySequence savedGroups)) {
            throw PythonException.keyError(new dev.torchlet.python.runtime.PyStr("param_groups"));
        }
        Map<Object, Object> engineState = new LinkedHashMap<>();
        for (PyObject key : state.keys()) {
            Map<String, Object> entries = new LinkedHashMap<>();
            if (!(state.get(key) instanceof PyDict saved)) {
                throw PythonException.of("TypeError", "the saved state of each parameter must be a dict");
            }
            for (PyObject name : saved.keys()) {
                entries.put(name.str(), OptionValues.toJava(saved.get(name)));
            }
            engineState.put(OptionValues.toJava(key), entries);
        }
        List<Object> engineGroups = new ArrayList<>();
        for (PyObject group : savedGroups.items()) {
            Map<String, Object> options = new LinkedHashMap<>();
            if (!(group instanceof PyDict saved)) {
                throw PythonException.of("TypeError", "each saved param group must be a dict");
            }
            for (PyObject name : saved.keys()) {
                if (name.str().equals("params")) {
                    List<Object> ids = new ArrayList<>();
                    if (!(saved.get(name) instanceof PySequence savedIds)) {
                        throw PythonException.of("TypeError", "a saved param group's 'params' must be a list");
                    }
                    for (PyObject id : savedIds.items()) {
                        ids.add(OptionValues.toJava(id));
                    }
                    options.put("params", ids);
                } else {
                    options.put(name.str(), OptionValues.toJava(saved.get(name)));
                }
            }
            engineGroups.add(options);
        }
        Map<String, Object> engineDict = new LinkedHashMap<>();
        engineDict.put("state", engineState);
        engineDict.put("param_groups", engineGroups);
        optimizer.loadStateDict(engineDict);
        // PyTorch builds new group dicts: the saved options, then this optimizer's params.
        List<PyObject> fresh = new ArrayList<>();
        List<PyDict> old = groupDicts();
        for (int i = 0; i < old.size(); i++) {
            PyDict group = new PyDict();
            for (Map.Entry<String, Object> option : optimizer.paramGroups().get(i).options().entrySet()) {
                group.put(new PyStr(option.getKey()), OptionValues.toPython(option.getValue()));
            }
            group.put(PARAMS, old.get(i).get(PARAMS));
            fresh.add(group);
        }
        paramGroups = PySequence.list(fresh);
    }
}
