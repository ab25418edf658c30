package dev.torchlet.python.stdlib;

import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.OutputStreams;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@code sys}: the interpreter's version, {@code exit}, {@code stdout}/{@code stderr} writers, limits. */
final class SysModule {
    private SysModule() {
    }

    static PyModule create(OutputStreams out) {
        PyModule sys = new PyModule("sys");
        sys.define("version", new PyStr("3.11.2 (Torchlet)"));
        sys.define("version_info", PySequence.tuple(List.of(PyInt.of(3), PyInt.of(11), PyInt.of(2), new PyStr("final"), PyInt.of(0))));
        sys.define("maxsize", PyInt.of(Long.MAX_VALUE));
        sys.define("argv", PySequence.list(new ArrayList<>(List.of(new PyStr("")))));
        sys.define("byteorder", new PyStr("little"));
        sys.define("stdout", stream("stdout", out::stdout));
        sys.define("stderr", stream("stderr", out::stderr));
        sys.define("getrecursionlimit", new NativeFunction("getrecursionlimit", (args, kwargs) -> PyInt.of(1000)));
        sys.define("exit", new NativeFunction("exit", (args, kwargs) -> {
            throw PythonException.raised(dev.torchlet.python.runtime.ExceptionTypes.get("SystemExit").call(args, kwargs));
        }));
        return sys;
    }

    private static PyObject stream(String name, Consumer<String> sink) {
        return new TextStream("<" + name + ">", sink);
    }
}
