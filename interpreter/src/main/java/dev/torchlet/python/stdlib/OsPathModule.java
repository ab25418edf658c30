package dev.torchlet.python.stdlib;

import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import dev.torchlet.python.runtime.VirtualFileSystem;
import java.util.List;

/** {@code os} and {@code os.path}: POSIX path arithmetic, and existence checks against the program's file system. */
final class OsPathModule {
    private OsPathModule() {
    }

    static PyModule createPath(VirtualFileSystem files) {
        PyModule path = new PyModule("os.path");
        path.define("sep", new PyStr("/"));
        path.define("join", new NativeFunction("join", (args, kwargs) -> {
            StringBuilder joined = new StringBuilder();
            for (PyObject part : args) {
                String p = text("join", part);
                if (p.startsWith("/")) {
                    joined.setLength(0);
                } else if (!joined.isEmpty() && joined.charAt(joined.length() - 1) != '/') {
                    joined.append('/');
                }
                joined.append(p);
            }
            return new PyStr(joined.toString());
        }));
        path.define("basename", new NativeFunction("basename", (args, kwargs) -> {
            String p = single("basename", args);
            return new PyStr(p.substring(p.lastIndexOf('/') + 1));
        }));
        path.define("dirname", new NativeFunction("dirname", (args, kwargs) -> new PyStr(head(single("dirname", args)))));
        path.define("split", new NativeFunction("split", (args, kwargs) -> {
            String p = single("split", args);
            return PySequence.tuple(List.of(new PyStr(head(p)), new PyStr(p.substring(p.lastIndexOf('/') + 1))));
        }));
        path.define("splitext", new NativeFunction("splitext", (args, kwargs) -> {
            String p = single("splitext", args);
            int slash = p.lastIndexOf('/');
            int dot = p.lastIndexOf('.');
            // A leading dot names a hidden file, not an extension (".bashrc").
            boolean hasExtension = dot > slash + 1 && !p.substring(slash + 1, dot).chars().allMatch(c -> c == '.');
            return hasExtension ? PySequence.tuple(List.of(new PyStr(p.substring(0, dot)), new PyStr(p.substring(dot))))
                    : PySequence.tuple(List.of(new PyStr(p), new PyStr("")));
        }));
        NativeFunction exists = new NativeFunction("exists", (args, kwargs) -> PyBool.of(files.exists(single("exists", args))));
        path.define("exists", exists);
        path.define("isfile", exists);
        path.define("isabs", new NativeFunction("isabs", (args, kwargs) -> PyBool.of(single("isabs", args).startsWith("/"))));
        return path;
    }

    static PyModule createOs(PyModule path) {
        PyModule os = new PyModule("os");
        os.define("path", path);
        os.define("sep", new PyStr("/"));
        os.define("name", new PyStr("posix"));
        return os;
    }

    /** Everything before the last slash, without trailing slashes (unless it is the root). */
    private static String head(String p) {
        int slash = p.lastIndexOf('/');
        if (slash < 0) {
            return "";
        }
        String head = p.substring(0, slash + 1);
        int end = head.length();
        while (end > 0 && head.charAt(end - 1) == '/') {
            end--;
        }
        return end == 0 ? head : head.substring(0, end);
    }

    private static String single(String function, List<PyObject> args) {
        if (args.size() != 1) {
            throw PythonException.of("TypeError", function + "() takes exactly one argument (" + args.size() + " given)");
        }
        return text(function, args.get(0));
    }

    private static String text(String function, PyObject value) {
        if (!(value instanceof PyStr s)) {
            throw PythonException.of("TypeError", function + "() argument must be str, not '" + value.typeName() + "'");
        }
        return s.value();
    }
}
