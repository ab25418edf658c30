package dev.torchlet.python.vm;

import dev.torchlet.engine.TorchException;
import dev.torchlet.python.runtime.PythonException;

/** Turns failures from Java code (the engine, native functions) into the Python exception a learner should see. */
final class HostErrors {
    private HostErrors() {
    }

    static PythonException toPython(RuntimeException e) {
        if (e instanceof PythonException p) {
            return p;
        }
        if (e instanceof TorchException t) {
            return PythonException.of(t.kind().pythonName(), t.getMessage());
        }
        // A Java failure is a bug in Torchlet, not in the learner's program: say so, without a Java stack trace.
        return PythonException.of("SystemError", "internal error in Torchlet (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it");
    }
}
