package dev.torchlet.python.stdlib;

import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.util.function.Consumer;

/** {@code sys.stdout}/{@code sys.stderr}: text written to the program's output streams. */
final class TextStream extends PyObject {
    private final String name;
    private final Consumer<String> sink;

    TextStream(String name, Consumer<String> sink) {
        this.name = name;
        this.sink = sink;
    }

    @Override
    public String typeName() {
        return "TextIOWrapper";
    }

    @Override
    public String repr() {
        return "<_io.TextIOWrapper name='" + name + "' mode='w' encoding='utf-8'>";
    }

    @Override
    public PyObject getAttribute(String attribute) {
        return switch (attribute) {
            case "write" -> new NativeFunction("write", (args, kwargs) -> {
                if (args.size() != 1 || !(args.get(0) instanceof PyStr text)) {
                    throw PythonException.of("TypeError", "write() argument must be str, not "
                            + (args.isEmpty() ? "nothing" : args.get(0).typeName()));
                }
                sink.accept(text.value());
                return PyInt.of(text.value().length());
            });
            case "flush" -> new NativeFunction("flush", (args, kwargs) -> PyNone.NONE);
            default -> super.getAttribute(attribute);
        };
    }
}
