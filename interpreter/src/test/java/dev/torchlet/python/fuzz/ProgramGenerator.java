package dev.torchlet.python.fuzz;

import java.util.Random;

/**
 * Writes random, mostly well-formed programs: expressions over every kind of value the
 * interpreter has, mixed into statements, functions, classes, loops and handlers, so the VM
 * meets unusual (but legal) combinations rather than syntax errors.
 */
final class ProgramGenerator {
    private static final String[] ATOMS = {
        "0", "1", "-7", "2**62", "3.5", "-0.0", "1e308", "float('nan')", "'s'", "''", "'abc'", "None", "True", "False",
        "[1, 2]", "[]", "(1,)", "()", "{1: 'a'}", "{}", "{1, 2}", "range(4)", "x", "y", "f", "C", "C()", "obj", "len",
        "print", "Exception('e')", "ValueError", "(lambda: 1)", "f'{x!r:>5}'", "f'{y[0]:.2f}'", "[i for i in range(3)]", "(i for i in 'ab')",
        "{k: k for k in 'ab'}", "...", "NotImplemented", "type", "object()", "super", "isinstance",
    };
    private static final String[] BINARY = {"+", "-", "*", "/", "//", "%", "**", "@", "&", "|", "^", "<<", ">>",
        "==", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "is not", "and", "or"};

    private final Random random;

    ProgramGenerator(Random random) {
        this.random = random;
    }

    String program() {
        StringBuilder sb = new StringBuilder("x = 1\ny = [1, 2, 3]\ndef f(a, b=2, *c, **d):\n    return a\n"
                + "class C:\n    def __init__(self, v=0):\n        self.v = v\n    def __add__(self, o):\n        return self.v\n"
                + "obj = C(3)\n");
        int statements = 3 + random.nextInt(10);
        for (int i = 0; i < statements; i++) {
            statement(sb, 0, 2, false, false);
        }
        return sb.toString();
    }

    /** One statement; {@code inFunction}/{@code inLoop} keep return, yield and break where they are legal. */
    private void statement(StringBuilder sb, int indent, int depth, boolean inFunction, boolean inLoop) {
        String pad = "    ".repeat(indent);
        int kind = depth == 0 ? random.nextInt(4) : random.nextInt(12);
        switch (kind) {
            case 0 -> sb.append(pad).append("print(").append(expression(2)).append(")\n");
            case 1 -> sb.append(pad).append(target()).append(" = ").append(expression(3)).append('\n');
            case 2 -> sb.append(pad).append(random.nextBoolean() ? "x" : "obj.v").append(' ').append(BINARY[random.nextInt(13)]).append("= ")
                    .append(expression(2)).append('\n');
            case 3 -> sb.append(pad).append(expression(3)).append('\n');
            case 4 -> block(sb, pad, "if " + expression(2) + ":", indent, depth, inFunction, inLoop);
            case 5 -> block(sb, pad, "for " + target() + " in " + expression(2) + ":", indent, depth, inFunction, true);
            case 6 -> block(sb, pad, "while " + expression(1) + ":", indent, depth, inFunction, true);
            case 7 -> {
                block(sb, pad, "try:", indent, depth, inFunction, inLoop);
                block(sb, pad, random.nextBoolean() ? "except Exception as e:" : "finally:", indent, depth, inFunction, inLoop);
            }
            case 8 -> {
                String name = "g" + random.nextInt(3);
                block(sb, pad, "def " + name + "(p, *q, k=1):", indent, depth, true, false);
                sb.append(pad).append("print(").append(name).append("(").append(expression(1)).append("))\n");
            }
            case 9 -> block(sb, pad, "class K" + random.nextInt(3) + "(" + (random.nextBoolean() ? "C" : "Exception") + "):",
                    indent, depth, false, false);
            case 10 -> block(sb, pad, "with " + expression(1) + " as w:", indent, depth, inFunction, inLoop);
            default -> sb.append(pad).append(switch (random.nextInt(6)) {
                case 0 -> "raise " + expression(1);
                case 1 -> "del " + (random.nextBoolean() ? "x" : "y[0]");
                case 2 -> "assert " + expression(2);
                case 3 -> inFunction ? "return " + expression(1) : "pass";
                case 4 -> inFunction ? "yield " + expression(1) : "pass";
                default -> inLoop ? (random.nextBoolean() ? "break" : "continue") : "pass";
            }).append('\n');
        }
    }

    private void block(StringBuilder sb, String pad, String header, int indent, int depth, boolean inFunction, boolean inLoop) {
        sb.append(pad).append(header).append('\n');
        int body = 1 + random.nextInt(3);
        for (int i = 0; i < body; i++) {
            statement(sb, indent + 1, depth - 1, inFunction, inLoop);
        }
    }

    private String target() {
        return switch (random.nextInt(5)) {
            case 0 -> "y[" + expression(1) + "]";
            case 1 -> "obj.v";
            case 2 -> "(x, *z)";
            default -> "x";
        };
    }

    private String expression(int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return ATOMS[random.nextInt(ATOMS.length)];
        }
        return switch (random.nextInt(8)) {
            case 0, 1 -> "(" + expression(depth - 1) + " " + BINARY[random.nextInt(BINARY.length)] + " " + expression(depth - 1) + ")";
            case 2 -> "-" + expression(depth - 1);
            case 3 -> expression(depth - 1) + "[" + expression(depth - 1) + "]";
            case 4 -> expression(depth - 1) + "(" + expression(depth - 1) + ")";
            case 5 -> "(" + expression(depth - 1) + ")." + (random.nextBoolean() ? "v" : "append");
            case 6 -> "repr(" + expression(depth - 1) + ")";
            default -> "(" + expression(depth - 1) + " if " + expression(depth - 1) + " else " + expression(depth - 1) + ")";
        };
    }
}
