package dev.torchlet.python.compiler;

import dev.torchlet.python.runtime.PyObject;
import java.util.List;
import java.util.Set;

/**
 * Compiled bytecode of a module or a function: instructions with one argument each, the source
 * line of every instruction, which instructions begin a statement (where the debugger may
 * pause), and for functions the parameters and the names that are local to it.
 */
public record CodeObject(String filename, String name, List<String> parameters, Set<String> localNames,
                         Opcode[] opcodes, int[] args, int[] lines, boolean[] statementStarts,
                         List<PyObject> constants, List<String> names, List<String> operators) {

    /** The module's own code runs with its globals as locals. */
    public boolean isModule() {
        return localNames == null;
    }

    public int length() {
        return opcodes.length;
    }
}
