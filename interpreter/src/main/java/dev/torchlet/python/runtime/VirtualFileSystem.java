package dev.torchlet.python.runtime;

/**
 * The only files a program can reach: the working directory on the command line, an in-browser
 * store in the page, a per-job sandbox on the server. Paths are as the program wrote them.
 */
public interface VirtualFileSystem {
    /** The file's bytes; raises FileNotFoundError (or PermissionError outside the sandbox). */
    byte[] read(String path);

    void write(String path, byte[] data);

    boolean exists(String path);

    /** CPython's message for a missing file. */
    static PythonException notFound(String path) {
        return PythonException.of("FileNotFoundError", "[Errno 2] No such file or directory: " + new PyStr(path).repr());
    }
}
