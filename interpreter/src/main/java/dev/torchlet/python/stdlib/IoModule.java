package dev.torchlet.python.stdlib;

import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBinaryFile;
import dev.torchlet.python.runtime.PyBytes;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PythonException;

/** {@code io}: {@code BytesIO([initial_bytes])}, an in-memory binary stream (also for torch.save/torch.load to memory). */
final class IoModule {
    private IoModule() {
    }

    static PyModule create() {
        PyModule io = new PyModule("io");
        io.define("BytesIO", new NativeFunction("BytesIO", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("BytesIO", kwargs, "initial_bytes");
            if (args.size() > 1) {
                throw PythonException.of("TypeError", "BytesIO() takes at most 1 argument (" + args.size() + " given)");
            }
            PyObject initial = args.isEmpty() ? kwargs.get("initial_bytes") : args.get(0);
            if (initial == null || initial == PyNone.NONE) {
                return PyBinaryFile.memory();
            }
            byte[] content = PyBytes.bytesLike(initial);
            if (content == null) {
                throw PythonException.of("TypeError", "a bytes-like object is required, not '" + initial.typeName() + "'");
            }
            return PyBinaryFile.memory(content);
        }));
        return io;
    }
}
