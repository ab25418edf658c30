package dev.torchlet.python.modules.nn;

import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.NativeMethod;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyIterator;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walking a module tree the way PyTorch does: pre-order, registration order, each object once
 * (a parameter or module shared by two owners is listed under its first name). Also the
 * {@code parameters()/named_*()/children()/modules()/state_dict()} methods built on the walk.
 */
final class ModuleTraversal {
    private ModuleTraversal() {
    }

    /** (prefixed name, module) for the module and every descendant, each once. */
    static Map<String, PyInstance> namedModules(PyInstance root, String prefix) {
        Map<String, PyInstance> result = new LinkedHashMap<>();
        IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
        collect(root, prefix, result, seen);
        return result;
    }

    private static void collect(PyInstance module, String prefix, Map<String, PyInstance> out, IdentityHashMap<PyObject, Boolean> seen) {
        if (seen.put(module, Boolean.TRUE) != null) {
            return;
        }
        out.put(prefix, module);
        ModuleState state = ModuleType.stateOf(module);
        if (state == null) {
            return;
        }
        for (Map.Entry<String, PyObject> child : state.modules.entrySet()) {
            if (child.getValue() instanceof PyInstance c) {
                collect(c, prefix.isEmpty() ? child.getKey() : prefix + "." + child.getKey(), out, seen);
            }
        }
    }

    static List<PyInstance> modules(PyInstance root) {
        return new ArrayList<>(namedModules(root, "").values());
    }

    /** Prefixed names of parameters (or buffers) across the tree, each tensor once unless {@code keepDuplicates}. */
    static Map<String, PyObject> namedMembers(PyInstance root, String prefix, boolean recurse, boolean buffers, boolean keepDuplicates) {
        Map<String, PyObject> result = new LinkedHashMap<>();
        IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
        Map<String, PyInstance> owners = recurse ? namedModules(root, prefix) : Map.of(prefix, root);
        for (Map.Entry<String, PyInstance> owner : owners.entrySet()) {
            ModuleState state = ModuleType.stateOf(owner.getValue());
            if (state == null) {
                continue;
            }
            for (Map.Entry<String, PyObject> member : (buffers ? state.buffers : state.parameters).entrySet()) {
                PyObject value = member.getValue();
                if (value == PyNone.NONE || (!keepDuplicates && seen.put(value, Boolean.TRUE) != null)) {
                    continue;
                }
                result.put(owner.getKey().isEmpty() ? member.getKey() : owner.getKey() + "." + member.getKey(), value);
            }
        }
        return result;
    }

    static List<PyTensor> parameters(PyInstance root) {
        List<PyTensor> result = new ArrayList<>();
        for (PyObject p : namedMembers(root, "", true, false, false).values()) {
            result.add((PyTensor) p);
        }
        return result;
    }

    private static PyObject generator(List<? extends PyObject> items) {
        return new PyIterator(new ArrayList<PyObject>(items).iterator(), "generator");
    }

    private static PyObject pairs(Map<String, ? extends PyObject> named) {
        List<PyObject> items = new ArrayList<>();
        named.forEach((name, value) -> items.add(PySequence.tuple(List.of(new PyStr(name), value))));
        return generator(items);
    }

    private static PyObject arg(List<PyObject> args, Map<String, PyObject> kwargs, int position, String name, PyObject otherwise) {
        return args.size() > position ? args.get(position) : kwargs.getOrDefault(name, otherwise);
    }

    private static String prefix(List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject p = arg(args, kwargs, 1, "prefix", new PyStr(""));
        return p instanceof PyStr s ? s.value() : p.str();
    }

    static void install(PyType module) {
        Map<String, PyObject> ns = module.namespace();
        ns.put("parameters", new NativeMethod("parameters", (args, kwargs) -> generator(List.copyOf(namedMembers(ModuleType.self(args, "parameters"),
                "", arg(args, kwargs, 1, "recurse", PyBool.TRUE).isTruthy(), false, false).values()))));
        ns.put("named_parameters", new NativeMethod("named_parameters", (args, kwargs) -> pairs(namedMembers(
                ModuleType.self(args, "named_parameters"), prefix(args, kwargs), arg(args, kwargs, 2, "recurse", PyBool.TRUE).isTruthy(), false, false))));
        ns.put("buffers", new NativeMethod("buffers", (args, kwargs) -> generator(List.copyOf(namedMembers(ModuleType.self(args, "buffers"),
                "", arg(args, kwargs, 1, "recurse", PyBool.TRUE).isTruthy(), true, false).values()))));
        ns.put("named_buffers", new NativeMethod("named_buffers", (args, kwargs) -> pairs(namedMembers(
                ModuleType.self(args, "named_buffers"), prefix(args, kwargs), arg(args, kwargs, 2, "recurse", PyBool.TRUE).isTruthy(), true, false))));
        ns.put("children", new NativeMethod("children", (args, kwargs) -> generator(List.copyOf(children(ModuleType.self(args, "children")).values()))));
        ns.put("named_children", new NativeMethod("named_children", (args, kwargs) -> pairs(children(ModuleType.self(args, "named_children")))));
        ns.put("modules", new NativeMethod("modules", (args, kwargs) -> generator(modules(ModuleType.self(args, "modules")))));
        ns.put("named_modules", new NativeMethod("named_modules", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "named_modules");
            PyObject p = arg(args, kwargs, 2, "prefix", new PyStr(""));
            return pairs(namedModules(self, p instanceof PyStr s ? s.value() : p.str()));
        }));
        ns.put("state_dict", new NativeMethod("state_dict", (args, kwargs) -> StateDicts.stateDict(ModuleType.self(args, "state_dict"),
                arg(args, kwargs, 99, "keep_vars", PyBool.FALSE).isTruthy())));
        ns.put("load_state_dict", new NativeMethod("load_state_dict", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "load_state_dict");
            PyObject stateDict = arg(args, kwargs, 1, "state_dict", null);
            if (stateDict == null) {
                throw PythonException.of("TypeError", "load_state_dict() missing 1 required positional argument: 'state_dict'");
            }
            return StateDicts.load(self, stateDict, arg(args, kwargs, 2, "strict", PyBool.TRUE).isTruthy());
        }));
    }

    /** Direct children, each once, None entries skipped. */
    static Map<String, PyObject> children(PyInstance self) {
        Map<String, PyObject> result = new LinkedHashMap<>();
        IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
        ModuleState state = ModuleType.stateOf(self);
        if (state != null) {
            state.modules.forEach((name, child) -> {
                if (child != PyNone.NONE && seen.put(child, Boolean.TRUE) == null) {
                    result.put(name, child);
                }
            });
        }
        return result;
    }
}
