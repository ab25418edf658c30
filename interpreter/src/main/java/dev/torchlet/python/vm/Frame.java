package dev.torchlet.python.vm;

import dev.torchlet.python.compiler.CodeObject;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One running call: its code, where it is, its value stack and its local variables. */
final class Frame {
    final CodeObject code;
    final Map<String, PyObject> locals;
    final List<PyObject> stack = new ArrayList<>();
    int pc;
    PySequence pendingKeywordNames;
    /** Context managers of the with-blocks this frame is inside, innermost last. */
    final List<PyObject> withBlocks = new ArrayList<>();

    Frame(CodeObject code, Map<String, PyObject> locals) {
        this.code = code;
        this.locals = locals;
    }

    /** The line of the instruction running (or just run) in this frame. */
    int line() {
        return code.lines()[Math.max(0, Math.min(pc, code.length()) - 1)];
    }
}
