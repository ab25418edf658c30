package dev.torchlet.python.modules.nn;

import dev.torchlet.engine.Tensor;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.PyDict;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code state_dict()} and {@code load_state_dict()} with PyTorch's key names, checks and messages. */
public final class StateDicts {
    private StateDicts() {
    }

    /** Parameters then buffers of each module, pre-order, keyed by dotted path. */
    private static Map<String, PyObject> entries(PyInstance root) {
        Map<String, PyObject> result = new LinkedHashMap<>();
        for (Map.Entry<String, PyInstance> owner : ModuleTraversal.namedModules(root, "").entrySet()) {
            ModuleState state = ModuleType.stateOf(owner.getValue());
            if (state == null) {
                continue;
            }
            String prefix = owner.getKey().isEmpty() ? "" : owner.getKey() + ".";
            for (Map<String, PyObject> registry : List.of(state.parameters, state.buffers)) {
                registry.forEach((name, value) -> {
                    if (value instanceof PyTensor) {
                        result.put(prefix + name, value);
                    }
                });
            }
        }
        return result;
    }

    static PyObject stateDict(PyInstance root, boolean keepVars) {
        OrderedDict dict = new OrderedDict();
        entries(root).forEach((key, value) -> dict.put(new PyStr(key),
                keepVars ? value : new PyTensor(((PyTensor) value).tensor().detach())));
        // PyTorch's state_dict carries _metadata: each module's prefix -> {'version': _version}
        // (torch.save writes it; BatchNorm's version 2 tells load_state_dict its buffers' format).
        OrderedDict metadata = new OrderedDict();
        ModuleTraversal.namedModules(root, "").forEach((prefix, module) -> {
            PyDict version = new PyDict();
            version.put(new PyStr("version"), PyInt.of(moduleVersion(module)));
            metadata.put(new PyStr(prefix), version);
        });
        dict.metadata = metadata;
        return dict;
    }

    /** PyTorch 1.13's {@code _version}: 2 for the normalisation layers (_NormBase), 1 for every other module. */
    private static long moduleVersion(PyInstance module) {
        for (dev.torchlet.python.runtime.PyType type : module.type().mro()) {
            String name = type.name();
            if (name.startsWith("BatchNorm") || name.startsWith("InstanceNorm") || name.equals("_NormBase")
                    || name.equals("SyncBatchNorm") || name.startsWith("LazyBatchNorm") || name.startsWith("LazyInstanceNorm")) {
                return 2;
            }
        }
        return 1;
    }

    static PyObject load(PyInstance root, PyObject stateDict, boolean strict) {
        if (!(stateDict instanceof PyDict given)) {
            throw PythonException.of("TypeError", "Expected state_dict to be dict-like, got " + stateDict.type().repr() + ".");
        }
        Map<String, PyObject> own = entries(root);
        List<String> errors = new ArrayList<>();
        List<PyObject> missing = new ArrayList<>();
        List<PyObject> unexpected = new ArrayList<>();
        for (Map.Entry<String, PyObject> entry : own.entrySet()) {
            PyStr key = new PyStr(entry.getKey());
            PyObject value = given.get(key);
            if (value == null) {
                missing.add(key);
                continue;
            }
            Tensor target = ((PyTensor) entry.getValue()).tensor();
            if (!(value instanceof PyTensor source)) {
                errors.add("While copying the parameter named \"" + entry.getKey() + "\", expected torch.Tensor or Tensor-like object from checkpoint but received " + value.type().repr());
                continue;
            }
            if (!java.util.Arrays.equals(source.tensor().shape(), target.shape())) {
                errors.add("size mismatch for " + entry.getKey() + ": copying a param with shape " + sizeText(source.tensor())
                        + " from checkpoint, the shape in current model is " + sizeText(target) + ".");
                continue;
            }
            target.data().copyFrom(source.tensor());
        }
        for (PyObject key : given.keys()) {
            if (!(key instanceof PyStr s) || !own.containsKey(s.value())) {
                unexpected.add(key);
            }
        }
        if (strict) {
            if (!unexpected.isEmpty()) {
                errors.add(0, "Unexpected key(s) in state_dict: " + quoted(unexpected) + ". ");
            }
            if (!missing.isEmpty()) {
                errors.add(0, "Missing key(s) in state_dict: " + quoted(missing) + ". ");
            }
        }
        if (!errors.isEmpty()) {
            throw PythonException.of("RuntimeError", "Error(s) in loading state_dict for " + root.type().name() + ":\n\t"
                    + String.join("\n\t", errors));
        }
        return new IncompatibleKeys(PySequence.list(missing), PySequence.list(unexpected));
    }

    private static String quoted(List<PyObject> keys) {
        List<String> parts = new ArrayList<>();
        for (PyObject k : keys) {
            parts.add("\"" + k.str() + "\"");
        }
        return String.join(", ", parts);
    }

    private static String sizeText(Tensor t) {
        StringBuilder s = new StringBuilder("torch.Size([");
        long[] shape = t.shape();
        for (int i = 0; i < shape.length; i++) {
            s.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return s.append("])").toString();
    }

    /** {@code collections.OrderedDict} as a state dict prints it: {@code OrderedDict([('w', tensor(...))])}. */
    public static final class OrderedDict extends PyDict {
        /** The {@code _metadata} attribute a state_dict carries (an OrderedDict), or null; torch.save writes it. */
        public PyObject metadata;

        @Override
        public PyObject getAttribute(String name) {
            if (name.equals("_metadata") && metadata != null) {
                return metadata;
            }
            return super.getAttribute(name);
        }

        @Override
        public String typeName() {
            return "OrderedDict";
        }

        @Override
        public String repr() {
            if (size() == 0) {
                return "OrderedDict()";
            }
            List<PyObject> pairs = new ArrayList<>();
            for (PyObject key : keys()) {
                pairs.add(PySequence.tuple(List.of(key, get(key))));
            }
            return "OrderedDict(" + PySequence.list(pairs).repr() + ")";
        }
    }

    /** load_state_dict's result: PyTorch's {@code _IncompatibleKeys} named tuple. */
    static final class IncompatibleKeys extends PyObject {
        private final PySequence missing;
        private final PySequence unexpected;

        IncompatibleKeys(PySequence missing, PySequence unexpected) {
            this.missing = missing;
            this.unexpected = unexpected;
        }

        @Override
        public String typeName() {
            return "_IncompatibleKeys";
        }

        @Override
        public String repr() {
            if (missing.items().isEmpty() && unexpected.items().isEmpty()) {
                return "<All keys matched successfully>";
            }
            return "_IncompatibleKeys(missing_keys=" + missing.repr() + ", unexpected_keys=" + unexpected.repr() + ")";
        }

        @Override
        public PyObject getAttribute(String name) {
            return switch (name) {
                case "missing_keys" -> missing;
                case "unexpected_keys" -> unexpected;
                default -> super.getAttribute(name);
            };
        }
    }
}
