package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.io.PickleOrderedDict;
import dev.torchlet.engine.io.PickleTuple;
import dev.torchlet.engine.io.TorchFile;
import dev.torchlet.python.modules.nn.StateDicts;
import dev.torchlet.python.modules.optim.PyOptimizer;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBinaryFile;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyDict;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import dev.torchlet.python.vm.ExecutionFactory;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code torch.save(obj, f)} and {@code torch.load(f)} in PyTorch's zip format
 * ({@link TorchFile}): files move both ways between Torchlet and PyTorch. {@code f} is a path on
 * the program's virtual file system, a file from {@code open(path, 'wb'/'rb')}, or an
 * {@code io.BytesIO()}. Saved: tensors, state_dicts (with their {@code _metadata}), optimizer
 * state_dicts, and dicts/lists/tuples of tensors, numbers, strings, bools and None. A whole
 * {@code nn.Module} or optimizer is refused with the state_dict way to save it.
 */
public final class Serialization {
    private Serialization() {
    }

    public static void define(PyModule torch) {
        torch.define("save", new NativeFunction("save", Serialization::save));
        torch.define("load", new NativeFunction("load", Serialization::load));
    }

    private static PyObject save(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("save", kwargs, "obj", "f", "pickle_module", "pickle_protocol",
                "_use_new_zipfile_serialization");
        PyObject obj = argument(args, kwargs, 0, "obj", "save");
        PyObject f = argument(args, kwargs, 1, "f", "save");
        PyObject protocol = args.size() > 3 ? args.get(3) : kwargs.get("pickle_protocol");
        if (protocol != null && !(protocol instanceof PyInt p && p.value() == 2)) {
            throw PythonException.of("NotImplementedError", "torch.save in Torchlet writes pickle protocol 2 (PyTorch's default) only");
        }
        PyObject zip = args.size() > 4 ? args.get(4) : kwargs.get("_use_new_zipfile_serialization");
        if (zip != null && !zip.isTruthy()) {
            throw PythonException.of("NotImplementedError", "torch.save in Torchlet writes the zip format only (_use_new_zipfile_serialization=True)");
        }
        Object value = toValue(obj, new IdentityHashMap<>());
        if (f instanceof PyStr path) {
            PyBinaryFile file = (PyBinaryFile) ExecutionFactory.builtin("open").call(List.of(path, new PyStr("wb")), Map.of());
            file.writeBytes(TorchFile.save(value, TorchFile.archiveName(path.value())));
            file.getAttribute("close").call(List.of(), Map.of());
        } else if (f instanceof PyBinaryFile file) {
            if (!file.isWritable()) {
                throw PythonException.of("io.UnsupportedOperation", "write");
            }
            file.writeBytes(TorchFile.save(value, "archive"));
        } else {
            throw PythonException.of("TypeError", "torch.save: f must be a file name (str), a file opened with open(path, 'wb')"
                    + " or an io.BytesIO(), not " + f.typeName());
        }
        return PyNone.NONE;
    }

    private static PyObject load(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("load", kwargs, "f", "map_location", "pickle_module", "weights_only", "mmap");
        PyObject f = argument(args, kwargs, 0, "f", "load");
        byte[] bytes;
        if (f instanceof PyStr path) {
            PyBinaryFile file = (PyBinaryFile) ExecutionFactory.builtin("open").call(List.of(path, new PyStr("rb")), Map.of());
            bytes = file.readRest();
            file.getAttribute("close").call(List.of(), Map.of());
        } else if (f instanceof PyBinaryFile file) {
            bytes = file.readRest();
        } else {
            throw PythonException.of("TypeError", "torch.load: f must be a file name (str), a file opened with open(path, 'rb')"
                    + " or an io.BytesIO(), not " + f.typeName());
        }
        // map_location: every Torchlet tensor loads on the CPU (files saved from CUDA included), so any value is accepted.
        // weights_only: Torchlet always loads as weights_only=True does (no classes run from a file).
        return toPython(TorchFile.load(bytes));
    }

    private static PyObject argument(List<PyObject> args, Map<String, PyObject> kwargs, int position, String name, String function) {
        PyObject value = args.size() > position ? args.get(position) : kwargs.get(name);
        if (value == null) {
            throw PythonException.of("TypeError", function + "() missing required argument: '" + name + "'");
        }
        return value;
    }

    private static boolean isModule(PyObject value) {
        if (value instanceof PyInstance instance) {
            for (PyType type : instance.type().mro()) {
                if (type.name().equals("Module")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The engine's plain-Java form of a Python value (see TorchFile); refuses what PyTorch's weights_only could not load. */
    private static Object toValue(PyObject v, IdentityHashMap<PyObject, Boolean> open) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyBool b) {
            return b.isTruthy();
        }
        if (v instanceof PyInt i) {
            if (i.isBig()) {
                throw PythonException.of("OverflowError", "torch.save in Torchlet saves ints that fit in 64 bits");
            }
            return i.value();
        }
        if (v instanceof PyFloat x) {
            return x.value();
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        if (v instanceof PyTensor t) {
            return t.tensor();
        }
        if (open.put(v, Boolean.TRUE) != null) {
            throw PythonException.of("ValueError", "torch.save: the object contains itself (Torchlet saves trees, not cycles)");
        }
        try {
            if (v instanceof PySequence seq) {
                List<Object> items = new ArrayList<>();
                for (PyObject item : seq.items()) {
                    items.add(toValue(item, open));
                }
                return seq.isTuple() ? new PickleTuple(items) : items;
            }
            if (v instanceof StateDicts.OrderedDict od) {
                PickleOrderedDict result = new PickleOrderedDict();
                putItems(od, result, open);
                if (od.metadata != null) {
                    result.attributes().put("_metadata", toValue(od.metadata, open));
                }
                return result;
            }
            if (v instanceof PyDict dict) {
                Map<Object, Object> result = new LinkedHashMap<>();
                putItems(dict, result, open);
                return result;
            }
            if (v instanceof PyInstance instance && instance.type().name().equals("OrderedDict")
                    && instance.getAttribute("_data") instanceof PyDict data) {
                PickleOrderedDict result = new PickleOrderedDict();
                putItems(data, result, open);
                return result;
            }
        } finally {
            open.remove(v);
        }
        if (isModule(v)) {
            throw PythonException.of("TypeError", "torch.save: Torchlet saves a model's state_dict, not the model object:"
                    + " torch.save(model.state_dict(), PATH), and later model.load_state_dict(torch.load(PATH)) on a model"
                    + " built by the same code, as PyTorch's own tutorials recommend (a pickled model is Python code;"
                    + " its file only loads where the same classes exist)");
        }
        if (v instanceof PyOptimizer) {
            throw PythonException.of("TypeError", "torch.save: Torchlet saves an optimizer's state_dict, not the optimizer:"
                    + " torch.save(optimizer.state_dict(), PATH), and later optimizer.load_state_dict(torch.load(PATH))");
        }
        throw PythonException.of("TypeError", "torch.save: cannot save an object of type '" + v.typeName() + "' (Torchlet saves"
                + " tensors, state_dicts, and dicts/lists/tuples of tensors, numbers, strings, bools and None)");
    }

    private static void putItems(PyDict dict, Map<Object, Object> into, IdentityHashMap<PyObject, Boolean> open) {
        for (PyObject key : dict.keys()) {
            Object k = toValue(key, open);
            if (k instanceof Tensor || k instanceof List || k instanceof Map) {
                throw PythonException.of("TypeError", "torch.save: dict keys must be numbers, strings, bools, None or tuples of them");
            }
            into.put(k, toValue(dict.get(key), open));
        }
    }

    /** The Python value for what TorchFile loaded. */
    @SuppressWarnings("unchecked")
    static PyObject toPython(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (v instanceof Long l) {
            return PyInt.of(l);
        }
        if (v instanceof Double d) {
            return new PyFloat(d);
        }
        if (v instanceof String s) {
            return new PyStr(s);
        }
        if (v instanceof Tensor t) {
            return new PyTensor(t);
        }
        if (v instanceof PickleTuple t) {
            return PySequence.tuple(toPython(t.items()));
        }
        if (v instanceof List<?> l) {
            return PySequence.list(toPython((List<Object>) l));
        }
        if (v instanceof PickleOrderedDict od) {
            StateDicts.OrderedDict result = new StateDicts.OrderedDict();
            od.forEach((k, x) -> result.put(toPython(k), toPython(x)));
            Object metadata = od.attributes().get("_metadata");
            if (metadata != null) {
                result.metadata = toPython(metadata);
            }
            return result;
        }
        if (v instanceof Map<?, ?> m) {
            PyDict result = new PyDict();
            m.forEach((k, x) -> result.put(toPython(k), toPython(x)));
            return result;
        }
        throw PythonException.of("TypeError", "torch.load: unexpected value " + v.getClass().getSimpleName());
    }

    private static List<PyObject> toPython(List<Object> items) {
        List<PyObject> result = new ArrayList<>();
        for (Object item : items) {
            result.add(toPython(item));
        }
        return result;
    }
}
