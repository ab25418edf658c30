package dev.torchlet.python.modules.nn;

import dev.torchlet.python.runtime.NativeMethod;
import dev.torchlet.python.runtime.PyDict;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyIterator;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PySlice;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code nn.Sequential} and {@code nn.ModuleList}: modules kept under the names "0", "1", … (or given names). */
final class Containers {
    private static final String CONTAINER = "torch.nn.modules.container";

    private Containers() {
    }

    static PyType sequential() {
        PyType type = PyType.nativeClass("Sequential", CONTAINER, ModuleType.MODULE);
        Map<String, PyObject> ns = type.namespace();
        ns.put("__init__", new NativeMethod("__init__", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "__init__");
            ModuleType.initialize(self);
            if (args.size() == 2 && ModuleType.arg(args, 1) instanceof PyDict named) {
                for (PyObject key : named.keys()) {
                    ModuleType.registerModule(self, key.str(), named.get(key));
                }
            } else {
                for (int i = 1; i < args.size(); i++) {
                    ModuleType.registerModule(self, Integer.toString(i - 1), args.get(i));
                }
            }
            return PyNone.NONE;
        }));
        ns.put("forward", new NativeMethod("forward", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "forward");
            if (args.size() != 2) {
                throw PythonException.of("TypeError", "forward() takes 2 positional arguments but " + args.size() + " were given");
            }
            PyObject value = ModuleType.arg(args, 1);
            for (PyObject module : members(self)) {
                value = module.call(List.of(value), Map.of());
            }
            return value;
        }));
        ns.put("__getitem__", new NativeMethod("__getitem__", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "__getitem__");
            if (ModuleType.arg(args, 1) instanceof PySlice) {
                PyDict named = new PyDict();
                List<String> names = new ArrayList<>(ModuleType.state(self).modules.keySet());
                for (PyObject index : sliceIndices(ModuleType.arg(args, 1), names.size())) {
                    String name = names.get((int) ((PyInt) index).value());
                    named.put(new PyStr(name), ModuleType.state(self).modules.get(name));
                }
                return self.type().call(List.of(named), Map.of());
            }
            return members(self).get(position(ModuleType.arg(args, 1), members(self).size()));
        }));
        ns.put("append", new NativeMethod("append", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "append");
            ModuleType.registerModule(self, Integer.toString(ModuleType.state(self).modules.size()), ModuleType.arg(args, 1));
            return self;
        }));
        installSequenceProtocol(ns);
        return type;
    }

    static PyType moduleList() {
        PyType type = PyType.nativeClass("ModuleList", CONTAINER, ModuleType.MODULE);
        Map<String, PyObject> ns = type.namespace();
        ns.put("__init__", new NativeMethod("__init__", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "__init__");
            ModuleType.initialize(self);
            PyObject modules = args.size() > 1 ? ModuleType.arg(args, 1) : kwargs.getOrDefault("modules", PyNone.NONE);
            if (modules != PyNone.NONE) {
                extend(self, modules);
            }
            return PyNone.NONE;
        }));
        ns.put("__getitem__", new NativeMethod("__getitem__", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "__getitem__");
            List<PyObject> members = members(self);
            if (ModuleType.arg(args, 1) instanceof PySlice) {
                List<PyObject> chosen = new ArrayList<>();
                for (PyObject index : sliceIndices(ModuleType.arg(args, 1), members.size())) {
                    chosen.add(members.get((int) ((PyInt) index).value()));
                }
                return self.type().call(List.of(PySequence.list(chosen)), Map.of());
            }
            return members.get(position(ModuleType.arg(args, 1), members.size()));
        }));
        ns.put("__setitem__", new NativeMethod("__setitem__", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "__setitem__");
            int at = position(ModuleType.arg(args, 1), members(self).size());
            String name = new ArrayList<>(ModuleType.state(self).modules.keySet()).get(at);
            ModuleType.registerModule(self, name, ModuleType.arg(args, 2));
            return PyNone.NONE;
        }));
        ns.put("append", new NativeMethod("append", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "append");
            ModuleType.registerModule(self, Integer.toString(ModuleType.state(self).modules.size()), ModuleType.arg(args, 1));
            return self;
        }));
        ns.put("extend", new NativeMethod("extend", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "extend");
            extend(self, ModuleType.arg(args, 1));
            return self;
        }));
        installSequenceProtocol(ns);
        return type;
    }

    /** nn.ModuleDict: modules under string keys, in insertion order. */
    static PyType moduleDict() {
        PyType type = PyType.nativeClass("ModuleDict", CONTAINER, ModuleType.MODULE);
        Map<String, PyObject> ns = type.namespace();
        ns.put("__init__", new NativeMethod("__init__", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "__init__");
            ModuleType.initialize(self);
            PyObject modules = args.size() > 1 ? ModuleType.arg(args, 1) : kwargs.getOrDefault("modules", PyNone.NONE);
            if (modules != PyNone.NONE) {
                update(self, modules);
            }
            return PyNone.NONE;
        }));
        ns.put("__getitem__", new NativeMethod("__getitem__", (args, kwargs) -> {
            PyInstance self = ModuleType.self(args, "__getitem__");
            PyObject module = ModuleType.state(self).modules.get(ModuleType.arg(args, 1).str());
            if (!(ModuleType.arg(args, 1) instanceof PyStr) || module == null) {
                throw PythonException.keyError(ModuleType.arg(args, 1));
            }
            return module;
        }));
        ns.put("__setitem__", new NativeMethod("__setitem__", (args, kwargs) -> {
            ModuleType.registerModule(ModuleType.self(args, "__setitem__"), ModuleType.arg(args, 1).str(), ModuleType.arg(args, 2));
            return PyNone.NONE;
        }));
        ns.put("__delitem__", new NativeMethod("__delitem__", (args, kwargs) -> {
            if (ModuleType.state(ModuleType.self(args, "__delitem__")).modules.remove(ModuleType.arg(args, 1).str()) == null) {
                throw PythonException.keyError(ModuleType.arg(args, 1));
            }
            return PyNone.NONE;
        }));
        ns.put("__contains__", new NativeMethod("__contains__", (args, kwargs) -> dev.torchlet.python.runtime.PyBool.of(
                ModuleType.state(ModuleType.self(args, "__contains__")).modules.containsKey(ModuleType.arg(args, 1).str()))));
        ns.put("__len__", new NativeMethod("__len__", (args, kwargs) -> PyInt.of(members(ModuleType.self(args, "__len__")).size())));
        ns.put("__iter__", new NativeMethod("__iter__", (args, kwargs) -> new PyIterator(keys(ModuleType.self(args, "__iter__")).iterator())));
        ns.put("keys", new NativeMethod("keys", (args, kwargs) -> PySequence.list(keys(ModuleType.self(args, "keys")))));
        ns.put("values", new NativeMethod("values", (args, kwargs) -> PySequence.list(members(ModuleType.self(args, "values")))));
        ns.put("items", new NativeMethod("items", (args, kwargs) -> {
            List<PyObject> items = new ArrayList<>();
            ModuleType.state(ModuleType.self(args, "items")).modules.forEach((k, v) -> items.add(PySequence.tuple(List.of(new PyStr(k), v))));
            return PySequence.list(items);
        }));
        ns.put("update", new NativeMethod("update", (args, kwargs) -> {
            update(ModuleType.self(args, "update"), ModuleType.arg(args, 1));
            return PyNone.NONE;
        }));
        return type;
    }

    private static List<PyObject> keys(PyInstance self) {
        List<PyObject> keys = new ArrayList<>();
        for (String k : ModuleType.state(self).modules.keySet()) {
            keys.add(new PyStr(k));
        }
        return keys;
    }

    /** A dict of name → module, or an iterable of (name, module) pairs. */
    private static void update(PyInstance self, PyObject modules) {
        if (modules instanceof PyDict dict) {
            for (PyObject key : dict.keys()) {
                ModuleType.registerModule(self, key.str(), dict.get(key));
            }
            return;
        }
        PyIterator it = modules.iterate();
        while (it.hasNext()) {
            PyObject pair = it.next();
            ModuleType.registerModule(self, pair.getItem(PyInt.of(0)).str(), pair.getItem(PyInt.of(1)));
        }
    }

    private static void extend(PyInstance self, PyObject modules) {
        PyIterator it = modules.iterate();
        while (it.hasNext()) {
            ModuleType.registerModule(self, Integer.toString(ModuleType.state(self).modules.size()), it.next());
        }
    }

    private static void installSequenceProtocol(Map<String, PyObject> ns) {
        ns.put("__len__", new NativeMethod("__len__", (args, kwargs) -> PyInt.of(members(ModuleType.self(args, "__len__")).size())));
        ns.put("__iter__", new NativeMethod("__iter__", (args, kwargs) -> new PyIterator(members(ModuleType.self(args, "__iter__")).iterator())));
    }

    private static List<PyObject> members(PyInstance self) {
        return new ArrayList<>(ModuleType.state(self).modules.values());
    }

    /** An index into n members, negative from the end; PyTorch's IndexError otherwise. */
    private static int position(PyObject key, int n) {
        if (!(key instanceof PyInt i)) {
            throw PythonException.of("TypeError", "indices must be integers or slices, not " + key.typeName());
        }
        long index = i.value();
        if (index < -n || index >= n) {
            throw PythonException.of("IndexError", "index " + index + " is out of range");
        }
        return (int) (index < 0 ? index + n : index);
    }

    private static List<PyObject> sliceIndices(PyObject slice, int n) {
        long[] bounds = ((PySlice) slice).indices(n);
        List<PyObject> result = new ArrayList<>();
        for (long i = bounds[0]; bounds[2] > 0 ? i < bounds[1] : i > bounds[1]; i += bounds[2]) {
            result.add(PyInt.of(i));
        }
        return result;
    }
}
