package dev.torchlet.python.vm;

import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;
import java.util.Map;

/** An f-string replacement field: {@code !r}/{@code !s} conversion, then {@code format(value, spec)}. */
final class StringFormatting {
    private StringFormatting() {
    }

    static PyObject formatField(PyObject value, char conversion, PyObject spec, Map<String, PyObject> builtins) {
        PyObject converted = switch (conversion) {
            case 'r', 'a' -> new PyStr(value.repr());
            case 's' -> new PyStr(value.str());
            default -> value;
        };
        String specText = spec == null ? "" : ((PyStr) spec).value();
        if (specText.isEmpty()) {
            return converted instanceof PyStr s ? s : new PyStr(converted.str());
        }
        PyObject format = builtins.get("format");
        if (format == null) {
            throw PythonException.of("NotImplementedError", "format specifications are not supported by Torchlet yet");
        }
        return format.call(List.of(converted, spec), Map.of());
    }
}
