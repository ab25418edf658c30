package dev.torchlet.python.stdlib;

import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBinaryFile;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PythonException;

/** {@code io}: {@code BytesIO()}, an in-memory binary stream (for torch.save/torch.load to memory). */
final class IoModule {
    private IoModule() {
    }

    static PyModule create() {
        PyModule io = new PyModule("io");
        io.define("BytesIO", new NativeFunction("BytesIO", (args, kwargs) -> {
            if (!args.isEmpty() || !kwargs.isEmpty()) {
                throw PythonException.of("NotImplementedError", "io.BytesIO(initial_bytes) needs bytes objects, which Torchlet"
                        + " does not have yet; use io.BytesIO()");
            }
            return PyBinaryFile.memory();
        }));
        return io;
    }
}
