package dev.torchlet.python.vm;

import dev.torchlet.python.compiler.CodeObject;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One running call: its code, where it is, its value stack, its variables and its active blocks. */
final class Frame {
    /** What the frame's result becomes when it returns. */
    enum Completion {
        /** Pushed on the caller's stack. */
        VALUE,
        /** {@code __init__} ran: the caller gets the new instance (and the result must be None). */
        CONSTRUCT,
        /** A class body ran: its namespace becomes a class, pushed on the caller's stack. */
        CLASS_BODY
    }

    /** A try/finally/with region: where an exception goes and what to restore first. */
    record Block(Kind kind, int handler, int stackDepth, int handlingDepth, PyObject context) {
        enum Kind { EXCEPT, FINALLY, WITH }
    }

    final CodeObject code;
    /** The frame's own namespace: globals for the module, the class namespace for a class body, else locals. */
    final Map<String, PyObject> locals;
    final Map<String, PyObject> globals;
    /** The locals of enclosing functions, innermost first ({@code LOAD_DEREF depth}). */
    final List<Map<String, PyObject>> closure;
    /** The function running here (null for module and class bodies): super() reads its class. */
    final PyFunction function;
    final List<PyObject> stack = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();
    int pc;
    PySequence pendingKeywordNames;
    /** How many exceptions were being handled when this frame started; unwinding restores it. */
    int handlingBase;

    Completion completion = Completion.VALUE;
    /** CONSTRUCT: the instance being initialised. */
    PyObject constructing;
    /** CLASS_BODY: the class's name and bases. */
    String className;
    List<PyType> classBases;

    /** A frame run from Java code (a nested run): returning ends that run instead of resuming a caller. */
    boolean boundary;
    PyObject returnValue;
    /** The generator this frame belongs to, or null. */
    PyGenerator generator;
    /** generator.throw(): raised where the generator's frame resumes, before its next instruction. */
    dev.torchlet.python.runtime.PythonException pendingThrow;
    /**
     * A suspended generator's own exceptions being handled (it yielded inside an except or finally
     * block): kept here, out of the shared list, until it resumes, as CPython keeps them per generator.
     */
    List<dev.torchlet.python.runtime.PythonException> suspendedHandling = List.of();

    Frame(CodeObject code, Map<String, PyObject> locals, Map<String, PyObject> globals,
          List<Map<String, PyObject>> closure, PyFunction function) {
        this.code = code;
        this.locals = locals;
        this.globals = globals;
        this.closure = closure;
        this.function = function;
    }

    /** The line of the instruction running (or just run) in this frame. */
    int line() {
        return code.lines()[Math.max(0, Math.min(pc, code.length()) - 1)];
    }
}
