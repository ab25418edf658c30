package dev.torchlet.python.compiler;

import dev.torchlet.python.runtime.PyObject;
import java.util.List;

/**
 * Compiled bytecode: instructions with one argument each, the source line of every
 * instruction, and which instructions begin a statement (where the debugger may pause).
 */
public record CodeObject(String filename, Opcode[] opcodes, int[] args, int[] lines, boolean[] statementStarts,
                         List<PyObject> constants, List<String> names, List<String> operators) {

    public int length() {
        return opcodes.length;
    }
}
