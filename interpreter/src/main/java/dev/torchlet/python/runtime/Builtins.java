package dev.torchlet.python.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The builtins module: the names every program sees without importing. */
public final class Builtins {
    private Builtins() {
    }

    public static Map<String, PyObject> create(OutputStreams out, VirtualFileSystem files) {
        Map<String, PyObject> builtins = new LinkedHashMap<>();
        builtins.put("print", new NativeFunction("print", (args, kwargs) -> print(out, args, kwargs)));
        builtins.put("repr", new NativeFunction("repr", (args, kwargs) -> new PyStr(single("repr", args, kwargs).repr())));
        builtins.put("ascii", new NativeFunction("ascii", (args, kwargs) -> new PyStr(asciiOnly(single("ascii", args, kwargs).repr()))));
        builtins.put("str", new NativeFunction("str", PyStr::construct));
        builtins.put("range", new NativeFunction("range", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("range", kwargs);
            return PyRange.fromArguments(args);
        }));
        builtins.put("len", new NativeFunction("len", (args, kwargs) -> PyInt.of(single("len", args, kwargs).length())));
        builtins.put("open", new NativeFunction("open", (args, kwargs) -> {
            NativeFunction.rejectUnknownKeywords("open", kwargs, "mode", "encoding");
            if (args.isEmpty() || !(args.get(0) instanceof PyStr path)) {
                throw PythonException.of("TypeError", "open() needs a file name (str)");
            }
            PyObject mode = args.size() > 1 ? args.get(1) : kwargs.getOrDefault("mode", new PyStr("r"));
            String modeText = mode.str();
            return modeText.contains("b") ? PyBinaryFile.open(files, path.value(), modeText) : PyTextFile.open(files, path.value(), modeText);
        }));
        builtins.put("input", new NativeFunction("input", (args, kwargs) -> {
            throw PythonException.of("RuntimeError", "input() is not available: Torchlet programs have no console to read from");
        }));
        NumericBuiltins.install(builtins);
        IterationBuiltins.install(builtins);
        TypeConstructors.install(builtins);
        ObjectBuiltins.install(builtins);
        return builtins;
    }

    /** repr() with every non-ASCII character escaped as \\xhh, \\uhhhh or \\Uhhhhhhhh (CPython's ascii()). */
    private static String asciiOnly(String repr) {
        StringBuilder out = new StringBuilder();
        repr.codePoints().forEach(c -> {
            if (c < 128) {
                out.appendCodePoint(c);
            } else {
                String hex = Integer.toHexString(c);
                String prefix = c < 0x100 ? "\\x" : c < 0x10000 ? "\\u" : "\\U";
                int width = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
                out.append(prefix).append("0".repeat(width - hex.length())).append(hex);
            }
        });
        return out.toString();
    }

    private static PyObject single(String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords(name, kwargs);
        if (args.size() != 1) {
            throw PythonException.of("TypeError", name + "() takes exactly one argument (" + args.size() + " given)");
        }
        return args.get(0);
    }

    private static PyObject print(OutputStreams out, List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("print", kwargs, "sep", "end", "flush", "file");
        if (kwargs.containsKey("file") && kwargs.get("file") != PyNone.NONE) {
            throw PythonException.of("NotImplementedError", "print(file=...) is not supported by Torchlet yet");
        }
        String sep = textOption(kwargs, "sep", " ");
        String end = textOption(kwargs, "end", "\n");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                line.append(sep);
            }
            line.append(args.get(i).str());
        }
        out.stdout(line.append(end).toString());
        return PyNone.NONE;
    }

    private static String textOption(Map<String, PyObject> kwargs, String name, String otherwise) {
        PyObject value = kwargs.get(name);
        if (value == null || value == PyNone.NONE) {
            return otherwise;
        }
        if (!(value instanceof PyStr s)) {
            throw PythonException.of("TypeError", name + " must be None or a string, not " + value.typeName());
        }
        return s.value();
    }
}
