package dev.torchlet.python.runtime;

/**
 * A binary file: {@code open(path, 'rb'/'wb'/'ab')} on the program's virtual file system, or an
 * in-memory {@code io.BytesIO()}. Torchlet has no {@code bytes} type yet, so Python code cannot
 * {@code read()} or {@code write()} one directly; {@code torch.save}/{@code torch.load} and other
 * Java code use {@link #writeBytes} and {@link #readRest}. {@code seek}/{@code tell}, {@code close},
 * {@code with} work. Writes to a file reach the file system at once.
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
        return new PyBinaryFile(null, null, null, true, true, new byte[0]);
    }

    /** Whether this is an open file Java code may write to. */
    public boolean isWritable() {
        return writable;
    }

    public boolean isReadable() {
        return readable;
    }

    private void requireOpen() {
        if (closed) {
            throw PythonException.of("ValueError", "I/O operation on closed file.");
        }
    }

    /** Writes at the current position (like Python's write of a bytes object). */
    public void writeBytes(byte[] data) {
        requireOpen();
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
        requireOpen();
        if (!readable) {
            throw PythonException.of("io.UnsupportedOperation", "read");
        }
        int from = Math.min(position, length);
        byte[] rest = new byte[length - from];
        System.arraycopy(content, from, rest, 0, rest.length);
        position = length;
        return rest;
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

    private static PythonException noBytes(String method) {
        return PythonException.of("NotImplementedError", method + "() on a binary file needs bytes objects, which Torchlet"
                + " does not have yet; binary files can be passed to torch.save and torch.load");
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "read", "write", "readline", "readlines", "getvalue" -> new NativeFunction(name, (args, kwargs) -> {
                throw noBytes(name);
            });
            case "seek" -> new NativeFunction(name, (args, kwargs) -> {
                requireOpen();
                long offset = args.isEmpty() ? 0 : ((PyInt) args.get(0)).value();
                long whence = args.size() > 1 ? ((PyInt) args.get(1)).value() : 0;
                long base = whence == 1 ? position : whence == 2 ? length : 0;
                if (base + offset < 0) {
                    throw PythonException.of("ValueError", "negative seek value " + (base + offset));
                }
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
