package dev.torchlet.python.runtime;

/**
 * A binary file: {@code open(path, 'rb'/'wb'/'ab')} on the program's virtual file system, or an
 * in-memory {@code io.BytesIO()}: {@code read write readline readlines getvalue} (BytesIO only)
 * with bytes, iteration by line, {@code seek}/{@code tell}, {@code close}, {@code with}.
 * {@code torch.save}/{@code torch.load} and other Java code use {@link #writeBytes} and
 * {@link #readRest}. Writes to a file reach the file system at once.
 */
public final class PyBinaryFile extends PyObject {
    private final VirtualFileSystem files;
    private final String path;
    private final String mode;
    private final boolean readable;
    private final boolean writable;
    private byte[] content;
    private int length;
    private int position;
    private boolean closed;

    private PyBinaryFile(VirtualFileSystem files, String path, String mode, boolean readable, boolean writable, byte[] initial) {
        this.files = files;
        this.path = path;
        this.mode = mode;
        this.readable = readable;
        this.writable = writable;
        this.content = initial;
        this.length = initial.length;
    }

    static PyBinaryFile open(VirtualFileSystem files, String path, String mode) {
        String letters = mode.replace("b", "");
        switch (letters) {
            case "r" -> {
                return new PyBinaryFile(files, path, mode, true, false, files.read(path));
            }
            case "w" -> {
                files.write(path, new byte[0]);
                return new PyBinaryFile(files, path, mode, false, true, new byte[0]);
            }
            case "a" -> {
                PyBinaryFile file = new PyBinaryFile(files, path, mode, false, true, files.exists(path) ? files.read(path) : new byte[0]);
                file.position = file.length;
                return file;
            }
            default -> throw PythonException.of(letters.contains("+") ? "NotImplementedError" : "ValueError",
                    letters.contains("+") ? "binary files opened for both reading and writing are not supported by Torchlet yet"
                            : "invalid mode: '" + mode + "'");
        }
    }

    /** {@code io.BytesIO()}: an empty in-memory binary stream, readable and writable. */
    public static PyBinaryFile memory() {
        return memory(new byte[0]);
    }

    /** {@code io.BytesIO(initial_bytes)}: a stream holding {@code initial}, positioned at its start. */
    public static PyBinaryFile memory(byte[] initial) {
        return new PyBinaryFile(null, null, null, true, true, initial);
    }

    /** Whether this is an open file Java code may write to. */
    public boolean isWritable() {
        return writable;
    }

    public boolean isReadable() {
        return readable;
    }

    /** A closed file's error for {@code operation}: a real file names it as CPython's buffered files do. */
    private void requireOpen(String operation) {
        if (closed && files != null) {
            throw PythonException.of("ValueError", operation + " closed file");
        }
        requireOpen();
    }

    private void requireOpen() {
        if (closed) {
            throw PythonException.of("ValueError", "I/O operation on closed file.");
        }
    }

    /** Writes at the current position (like Python's write of a bytes object). */
    public void writeBytes(byte[] data) {
        requireOpen("write to");
        if (!writable) {
            throw PythonException.of("io.UnsupportedOperation", "write");
        }
        int end = position + data.length;
        if (end > content.length) {
            byte[] larger = new byte[Math.max(end, content.length * 2)];
            System.arraycopy(content, 0, larger, 0, length);
            content = larger;
        }
        System.arraycopy(data, 0, content, position, data.length);
        position = end;
        length = Math.max(length, end);
        if (files != null) {
            files.write(path, snapshot());
        }
    }

    /** Everything from the current position to the end, moving to the end (like {@code read()}). */
    public byte[] readRest() {
        return read(-1);
    }

    /** Up to {@code limit} bytes (all when negative) from the current position, moving past them. */
    private byte[] read(long limit) {
        requireReadable("read of");
        int from = Math.min(position, length);
        int count = limit < 0 ? length - from : (int) Math.min(limit, length - from);
        byte[] read = new byte[count];
        System.arraycopy(content, from, read, 0, count);
        position = from + count;
        return read;
    }

    private void requireReadable(String operation) {
        requireOpen(operation);
        if (!readable) {
            throw PythonException.of("io.UnsupportedOperation", "read");
        }
    }

    /** The next line, its b'\\n' included, of at most {@code limit} bytes (any length when negative). */
    private byte[] readLine(long limit) {
        requireReadable("readline of");
        int from = Math.min(position, length);
        int end = from;
        while (end < length && (limit < 0 || end - from < limit)) {
            if (content[end++] == '\n') {
                break;
            }
        }
        return read(end - from);
    }

    private java.util.List<PyObject> readLines() {
        requireOpen();
        java.util.List<PyObject> lines = new java.util.ArrayList<>();
        while (true) {
            byte[] line = readLine(-1);
            if (line.length == 0) {
                return lines;
            }
            lines.add(PyBytes.bytes(line));
        }
    }

    /** A size argument: an int, or None for "all", as read(n) and readline(n) take. */
    private static long size(String method, java.util.List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        ArgumentCheck.range(method, args, kwargs, 0, 1);
        if (args.isEmpty() || args.get(0) == PyNone.NONE) {
            return -1;
        }
        if (!(args.get(0) instanceof PyInt)) {
            throw PythonException.of("TypeError", "argument should be integer or None, not '" + args.get(0).typeName() + "'");
        }
        return Conversions.index(args.get(0));
    }

    private byte[] snapshot() {
        byte[] all = new byte[length];
        System.arraycopy(content, 0, all, 0, length);
        return all;
    }

    @Override
    public String typeName() {
        return files == null ? "BytesIO" : readable ? "BufferedReader" : "BufferedWriter";
    }

    @Override
    public String repr() {
        if (files == null) {
            return "<_io.BytesIO object>";
        }
        return "<_io." + typeName() + " name=" + new PyStr(path).repr() + ">";
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "read" -> new NativeFunction(name, (args, kwargs) -> PyBytes.bytes(read(size("read", args, kwargs))));
            case "readline" -> new NativeFunction(name, (args, kwargs) -> PyBytes.bytes(readLine(size("readline", args, kwargs))));
            case "readlines" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.range("readlines", args, kwargs, 0, 1);
                return PySequence.list(readLines());
            });
            case "write" -> new NativeFunction(name, (args, kwargs) -> {
                PyObject data = ArgumentCheck.one("write", args, kwargs);
                byte[] written = PyBytes.bytesLike(data);
                if (written == null) {
                    throw PythonException.of("TypeError", "a bytes-like object is required, not '" + data.typeName() + "'");
                }
                writeBytes(written);
                return PyInt.of(written.length);
            });
            case "getvalue" -> {
                if (files != null) {
                    yield super.getAttribute(name);
                }
                yield new NativeFunction(name, (args, kwargs) -> {
                    ArgumentCheck.none("getvalue", args, kwargs);
                    requireOpen();
                    return PyBytes.bytes(snapshot());
                });
            }
            case "seek" -> new NativeFunction(name, (args, kwargs) -> {
                requireOpen();
                ArgumentCheck.range("seek", args, kwargs, 1, 2);
                long offset = Conversions.index(args.get(0));
                long whence = args.size() > 1 ? Conversions.index(args.get(1)) : 0;
                long base = whence == 1 ? position : whence == 2 ? length : 0;
                if (base + offset < 0) {
                    throw PythonException.of("ValueError", "negative seek value " + (base + offset));
                }
                Limits.checkItems(base + offset); // a later write fills the gap up to here
                position = (int) (base + offset);
                return PyInt.of(position);
            });
            case "tell" -> new NativeFunction(name, (args, kwargs) -> {
                requireOpen();
                return PyInt.of(position);
            });
            case "flush" -> new NativeFunction(name, (args, kwargs) -> PyNone.NONE);
            case "readable" -> new NativeFunction(name, (args, kwargs) -> PyBool.of(readable));
            case "writable" -> new NativeFunction(name, (args, kwargs) -> PyBool.of(writable));
            case "seekable" -> new NativeFunction(name, (args, kwargs) -> PyBool.TRUE);
            case "close" -> new NativeFunction(name, (args, kwargs) -> {
                closed = true;
                return PyNone.NONE;
            });
            case "closed" -> PyBool.of(closed);
            case "name" -> {
                if (path == null) {
                    throw PythonException.of("AttributeError", "'_io.BytesIO' object has no attribute 'name'");
                }
                yield new PyStr(path);
            }
            case "mode" -> new PyStr(mode == null ? "rb+" : mode);
            default -> super.getAttribute(name);
        };
    }

    @Override
    public PyIterator iterate() {
        return new PyIterator(readLines().iterator());
    }

    @Override
    public PyObject enter() {
        requireOpen();
        return this;
    }

    @Override
    public boolean exit(PythonException leaving) {
        closed = true;
        return false;
    }
}
