package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * CPython's {@code Py_ReprEnter}: a container already being printed shows as {@code [...]} or
 * {@code {...}} instead of recursing forever, and nesting deeper than Python's recursion limit
 * raises RecursionError instead of overflowing the Java stack. (The interpreter runs one program
 * at a time on one thread, so one stack of containers in progress suffices.)
 */
final class ReprGuard {
    /**
     * Nesting deeper than this raises RecursionError, as CPython does past its recursion limit. Lower
     * than CPython's 1000 because each level costs several Java frames, and a browser worker's stack
     * (about 1 MB) overflows near 1000 levels.
     */
    private static final int MAX_DEPTH = 300;
    private static final List<PyObject> IN_PROGRESS = new ArrayList<>();

    private ReprGuard() {
    }

    /** The text of a container from {@code body}, or {@code recursive} when it is already being printed. */
    static String repr(PyObject container, String recursive, java.util.function.Supplier<String> body) {
        for (PyObject o : IN_PROGRESS) {
            if (o == container) {
                return recursive;
            }
        }
        if (IN_PROGRESS.size() >= MAX_DEPTH) {
            throw PythonException.of("RecursionError", "maximum recursion depth exceeded while getting the repr of an object");
        }
        IN_PROGRESS.add(container);
        try {
            return body.get();
        } finally {
            IN_PROGRESS.remove(IN_PROGRESS.size() - 1);
        }
    }
}
