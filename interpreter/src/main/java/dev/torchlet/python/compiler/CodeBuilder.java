package dev.torchlet.python.compiler;

import dev.torchlet.python.runtime.PyObject;
import java.util.ArrayList;
import java.util.List;

/** Accumulates one code object's instructions, line table, constants and names. */
final class CodeBuilder {
    private final List<Opcode> opcodes = new ArrayList<>();
    private final List<Integer> args = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final List<Boolean> statementStarts = new ArrayList<>();
    private final List<PyObject> constants = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> operators = new ArrayList<>();
    private boolean nextStartsStatement;
    private int line;

    /** The next instruction begins a statement at {@code line} (a place the debugger may stop). */
    void startStatement(int statementLine) {
        line = statementLine;
        nextStartsStatement = true;
    }

    void setLine(int current) {
        line = current;
    }

    void emit(Opcode op, int arg) {
        opcodes.add(op);
        args.add(arg);
        lines.add(line);
        statementStarts.add(nextStartsStatement);
        nextStartsStatement = false;
    }

    /** The index of the next instruction. */
    int here() {
        return opcodes.size();
    }

    /** Emits a jump whose target is patched later; returns its index. */
    int emitJump(Opcode op) {
        emit(op, -1);
        return opcodes.size() - 1;
    }

    /** Points an earlier jump at the next instruction. */
    void patchHere(int jump) {
        args.set(jump, here());
    }

    int name(String n) {
        return indexOf(names, n);
    }

    int operator(String op) {
        return indexOf(operators, op);
    }

    private static int indexOf(List<String> table, String entry) {
        int i = table.indexOf(entry);
        if (i < 0) {
            table.add(entry);
            i = table.size() - 1;
        }
        return i;
    }

    int constant(PyObject value) {
        constants.add(value);
        return constants.size() - 1;
    }

    CodeObject build(String filename, SourceLines source, String name, String qualname, CodeObject.Kind kind,
                     CodeObject.Signature signature, boolean isGenerator) {
        int n = opcodes.size();
        int[] argArray = new int[n];
        int[] lineArray = new int[n];
        boolean[] starts = new boolean[n];
        for (int i = 0; i < n; i++) {
            argArray[i] = args.get(i);
            lineArray[i] = lines.get(i);
            starts[i] = statementStarts.get(i);
        }
        return new CodeObject(filename, source, name, qualname, kind, signature, isGenerator, opcodes.toArray(new Opcode[0]),
                argArray, lineArray, starts, List.copyOf(constants), List.copyOf(names), List.copyOf(operators));
    }
}
