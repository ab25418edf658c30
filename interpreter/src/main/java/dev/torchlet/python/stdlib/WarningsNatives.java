package dev.torchlet.python.stdlib;

import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.OutputStreams;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import dev.torchlet.python.vm.Execution;
import java.util.List;
import java.util.Map;

/** The Java side of {@code warnings}: the caller's place in the program, and the stderr stream. */
final class WarningsNatives {
    private WarningsNatives() {
    }

    static Map<String, PyObject> create(OutputStreams out) {
        return Map.of(
                // _location(depth): (filename, lineno, source line) of the frame depth calls out from _location's caller
                "_location", new NativeFunction("_location", (args, kwargs) -> {
                    PythonException.TracebackEntry entry = Execution.frameLocation((int) ((PyInt) args.get(0)).value());
                    if (entry == null) {
                        return PySequence.tuple(List.of(new PyStr("sys"), PyInt.of(1), new PyStr("")));
                    }
                    return PySequence.tuple(List.of(new PyStr(entry.filename()), PyInt.of(entry.line()),
                            new PyStr(entry.sourceText() == null ? "" : entry.sourceText())));
                }),
                "_write_stderr", new NativeFunction("_write_stderr", (args, kwargs) -> {
                    out.stderr(args.get(0).str());
                    return PyNone.NONE;
                }));
    }
}
