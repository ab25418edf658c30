package dev.torchlet.python.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A text file opened with {@code open(path, mode)} on the program's virtual file system:
 * {@code read}, {@code readline(s)}, iteration by line, {@code write}, {@code close}, and use as a
 * context manager. Writes reach the file system when the file is closed.
 */
final class PyTextFile extends PyObject {
    private final VirtualFileSystem files;
    private final String path;
    private final boolean writing;
    private final StringBuilder content;
    private int position;
    private boolean closed;

    private PyTextFile(VirtualFileSystem files, String path, boolean writing, String initial) {
        this.files = files;
        this.path = path;
        this.writing = writing;
        this.content = new StringBuilder(initial);
    }

    static PyTextFile open(VirtualFileSystem files, String path, String mode) {
        switch (mode) {
            case "r", "rt" -> {
                return new PyTextFile(files, path, false, new String(files.read(path), StandardCharsets.UTF_8));
            }
            case "w", "wt" -> {
                // Like CPython, opening for writing creates (or empties) the file at once.
                files.write(path, new byte[0]);
                return new PyTextFile(files, path, true, "");
            }
            case "a", "at" -> {
                String existing = files.exists(path) ? new String(files.read(path), StandardCharsets.UTF_8) : "";
                return new PyTextFile(files, path, true, existing);
            }
            default -> throw PythonException.of(mode.contains("b") ? "NotImplementedError" : "ValueError",
                    mode.contains("b") ? "binary files are not supported by Torchlet yet" : "invalid mode: '" + mode + "'");
        }
    }

    @Override
    public String typeName() {
        return "TextIOWrapper";
    }

    @Override
    public String repr() {
        return "<_io.TextIOWrapper name=" + new PyStr(path).repr() + " mode='" + (writing ? "w" : "r") + "' encoding='UTF-8'>";
    }

    private void requireOpen() {
        if (closed) {
            throw PythonException.of("ValueError", "I/O operation on closed file.");
        }
    }

    private void requireMode(boolean forWriting) {
        requireOpen();
        if (writing != forWriting) {
            throw PythonException.of("io.UnsupportedOperation", forWriting ? "not writable" : "not readable");
        }
    }

    private String readLine() {
        int end = content.indexOf("\n", position);
        int stop = end < 0 ? content.length() : end + 1;
        String line = content.substring(position, stop);
        position = stop;
        return line;
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "read" -> new NativeFunction(name, (args, kwargs) -> {
                requireMode(false);
                String rest = content.substring(position);
                position = content.length();
                return new PyStr(rest);
            });
            case "readline" -> new NativeFunction(name, (args, kwargs) -> {
                requireMode(false);
                return new PyStr(readLine());
            });
            case "readlines" -> new NativeFunction(name, (args, kwargs) -> {
                requireMode(false);
                List<PyObject> lines = new ArrayList<>();
                while (position < content.length()) {
                    lines.add(new PyStr(readLine()));
                }
                return PySequence.list(lines);
            });
            case "write" -> new NativeFunction(name, (args, kwargs) -> {
                requireMode(true);
                if (args.size() != 1 || !(args.get(0) instanceof PyStr s)) {
                    throw PythonException.of("TypeError", "write() argument must be str, not "
                            + (args.isEmpty() ? "nothing" : args.get(0).typeName()));
                }
                content.append(s.value());
                return PyInt.of(s.value().length());
            });
            case "close" -> new NativeFunction(name, (args, kwargs) -> {
                close();
                return PyNone.NONE;
            });
            case "closed" -> PyBool.of(closed);
            case "name" -> new PyStr(path);
            default -> super.getAttribute(name);
        };
    }

    private void close() {
        if (!closed && writing) {
            files.write(path, content.toString().getBytes(StandardCharsets.UTF_8));
        }
        closed = true;
    }

    @Override
    public PyIterator iterate() {
        requireMode(false);
        List<PyObject> lines = new ArrayList<>();
        while (position < content.length()) {
            lines.add(new PyStr(readLine()));
        }
        return new PyIterator(lines.iterator());
    }

    @Override
    public PyObject enter() {
        requireOpen();
        return this;
    }

    @Override
    public boolean exit(PythonException leaving) {
        close();
        return false;
    }
}
