package dev.torchlet.python.compiler;

import dev.torchlet.python.runtime.PyObject;
import java.util.List;

/**
 * Compiled bytecode of a module, a function (def, lambda, comprehension) or a class body:
 * instructions with one argument each, the source line of every instruction, which instructions
 * begin a statement (where the debugger may pause), and for functions their parameters.
 */
public record CodeObject(String filename, SourceLines source, String name, String qualname, Kind kind, Signature signature, boolean isGenerator,
                         Opcode[] opcodes, int[] args, int[] lines, boolean[] statementStarts,
                         List<PyObject> constants, List<String> names, List<String> operators) {

    public enum Kind { MODULE, FUNCTION, CLASS_BODY }

    /**
     * Parameter names in order: positional-or-keyword, {@code *varArgs} (or null), keyword-only,
     * {@code **varKeywords} (or null).
     */
    public record Signature(List<String> positional, String varArgs, List<String> keywordOnly, String varKeywords) {
        public static final Signature NONE = new Signature(List.of(), null, List.of(), null);
    }

    /** The module's own code runs with its globals as locals. */
    public boolean isModule() {
        return kind == Kind.MODULE;
    }

    public int length() {
        return opcodes.length;
    }

    /** Operand of the *_DEREF instructions: how many enclosing function scopes out, and the name index. */
    public static int derefArgument(int depth, int nameIndex) {
        return depth << 20 | nameIndex;
    }

    public static int derefDepth(int arg) {
        return arg >>> 20;
    }

    public static int derefName(int arg) {
        return arg & 0xFFFFF;
    }
}
