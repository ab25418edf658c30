package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.io.Safetensors;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBinaryFile;
import dev.torchlet.python.runtime.PyBytes;
import dev.torchlet.python.runtime.PyDict;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import dev.torchlet.python.vm.ExecutionFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code safetensors} and {@code safetensors.torch}: {@code save_file(tensors, filename, metadata=None)}
 * and {@code load_file(filename, device='cpu')} on the program's files, byte-identical to the
 * safetensors library, and {@code save(tensors, metadata=None)}/{@code load(data)} with the same
 * content as bytes.
 */
public final class SafetensorsModule {
    private SafetensorsModule() {
    }

    public static PyModule createPackage() {
        return new PyModule("safetensors");
    }

    public static PyModule createTorch() {
        PyModule module = new PyModule("safetensors.torch");
        module.define("save_file", new NativeFunction("save_file", SafetensorsModule::saveFile));
        module.define("load_file", new NativeFunction("load_file", SafetensorsModule::loadFile));
        module.define("save", new NativeFunction("save", SafetensorsModule::save));
        module.define("load", new NativeFunction("load", SafetensorsModule::load));
        return module;
    }

    private static PyObject open(PyObject filename, String mode, String function) {
        if (!(filename instanceof PyStr)) {
            throw PythonException.of("TypeError", function + ": filename must be a str, not " + filename.typeName());
        }
        return ExecutionFactory.builtin("open").call(List.of(filename, new PyStr(mode)), Map.of());
    }

    private static PyObject saveFile(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("save_file", kwargs, "tensors", "filename", "metadata");
        PyObject tensors = args.size() > 0 ? args.get(0) : kwargs.get("tensors");
        PyObject filename = args.size() > 1 ? args.get(1) : kwargs.get("filename");
        PyObject metadata = args.size() > 2 ? args.get(2) : kwargs.getOrDefault("metadata", PyNone.NONE);
        if (!(tensors instanceof PyDict) || filename == null) {
            throw PythonException.of("TypeError", "save_file(tensors, filename, metadata=None): tensors must be a dict of str to tensors");
        }
        byte[] content = serialize((PyDict) tensors, metadata, "save_file"); // before open() empties the file
        PyBinaryFile file = (PyBinaryFile) open(filename, "wb", "save_file");
        file.writeBytes(content);
        file.getAttribute("close").call(List.of(), Map.of());
        return PyNone.NONE;
    }

    /** {@code save(tensors, metadata=None)}: the file's content as bytes. */
    private static PyObject save(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("save", kwargs, "tensors", "metadata");
        PyObject tensors = args.size() > 0 ? args.get(0) : kwargs.get("tensors");
        PyObject metadata = args.size() > 1 ? args.get(1) : kwargs.getOrDefault("metadata", PyNone.NONE);
        if (!(tensors instanceof PyDict dict)) {
            throw PythonException.of("TypeError", "save(tensors, metadata=None): tensors must be a dict of str to tensors");
        }
        return PyBytes.bytes(serialize(dict, metadata, "save"));
    }

    /** The safetensors encoding of {@code dict}, with the library's errors ({@code function} names the caller). */
    private static byte[] serialize(PyDict dict, PyObject metadata, String function) {
        Map<String, Tensor> byName = new LinkedHashMap<>();
        for (PyObject key : dict.keys()) {
            if (!(key instanceof PyStr name) || !(dict.get(key) instanceof PyTensor t)) {
                throw PythonException.of("TypeError", function + ": tensors must map str names to tensors");
            }
            if (!t.tensor().isContiguous()) {
                throw PythonException.of("ValueError", "You are trying to save a non contiguous tensor: `" + name.value()
                        + "` which is not allowed. It either means you are trying to save tensors which are reference of each"
                        + " other in which case it's recommended to save only the full tensors, and reslice at load time, or"
                        + " simply call `.contiguous()` on your tensor to pack it before saving.");
            }
            byName.put(name.value(), t.tensor());
        }
        Map<String, String> strings = new LinkedHashMap<>();
        if (metadata instanceof PyDict m) {
            for (PyObject key : m.keys()) {
                if (!(key instanceof PyStr k) || !(m.get(key) instanceof PyStr v)) {
                    throw PythonException.of("TypeError", function + ": metadata must map str to str");
                }
                strings.put(k.value(), v.value());
            }
        } else if (metadata != PyNone.NONE) {
            throw PythonException.of("TypeError", function + ": metadata must be a dict of str to str or None");
        }
        return Safetensors.save(byName, strings);
    }

    private static PyObject loadFile(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("load_file", kwargs, "filename", "device");
        PyObject filename = args.size() > 0 ? args.get(0) : kwargs.get("filename");
        if (filename == null) {
            throw PythonException.of("TypeError", "load_file() missing required argument: 'filename'");
        }
        PyBinaryFile file = (PyBinaryFile) open(filename, "rb", "load_file");
        byte[] bytes = file.readRest();
        file.getAttribute("close").call(List.of(), Map.of());
        return deserialize(bytes);
    }

    /** {@code load(data)}: the tensors of a safetensors file's content given as bytes. */
    private static PyObject load(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("load", kwargs, "data");
        PyObject data = args.size() > 0 ? args.get(0) : kwargs.get("data");
        byte[] bytes = data == null ? null : PyBytes.bytesLike(data);
        if (bytes == null) {
            throw PythonException.of("TypeError", "load(data): data must be bytes, not " + (data == null ? "nothing" : data.typeName()));
        }
        return deserialize(bytes);
    }

    private static PyDict deserialize(byte[] bytes) {
        PyDict result = new PyDict();
        Safetensors.load(bytes).forEach((name, t) -> result.put(new PyStr(name), new PyTensor(t)));
        return result;
    }
}
