package dev.torchlet.python.vm;

import dev.torchlet.python.compiler.CodeObject;
import dev.torchlet.python.runtime.PyObject;
import java.util.Map;

/** Creates executions for the interpreter (keeps Execution's constructor out of the public API). */
public final class ExecutionFactory {
    private ExecutionFactory() {
    }

    public static Execution create(CodeObject code, Map<String, PyObject> globals, Map<String, PyObject> builtins,
                                   ModuleLoader modules) {
        return new Execution(code, globals, builtins, modules);
    }

    /** Runs a module written in Python inside the running program (an import), filling {@code namespace}. */
    public static void runModuleBody(CodeObject code, Map<String, PyObject> namespace) {
        Execution.current().runModuleBody(code, namespace);
    }

    /** The running program's builtin {@code name}: how native modules call {@code open} on the program's files. */
    public static PyObject builtin(String name) {
        return Execution.current().builtin(name);
    }

    public static Execution failed(String traceback) {
        return Execution.failed(traceback);
    }
}
