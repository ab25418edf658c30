package dev.torchlet.python.runtime;

/** Which special method ({@code __add__}, {@code __radd__}, {@code __iadd__}, {@code __lt__}…) implements an operator. */
public final class SpecialMethods {
    private SpecialMethods() {
    }

    /** The stem of an operator's methods: {@code +} → {@code add}; null if the operator has none. */
    private static String stem(String op) {
        return switch (op) {
            case "+" -> "add";
            case "-" -> "sub";
            case "*" -> "mul";
            case "/" -> "truediv";
            case "//" -> "floordiv";
            case "%" -> "mod";
            case "**" -> "pow";
            case "@" -> "matmul";
            case "&" -> "and";
            case "|" -> "or";
            case "^" -> "xor";
            case "<<" -> "lshift";
            case ">>" -> "rshift";
            default -> null;
        };
    }

    public static String binary(String op) {
        String stem = stem(op);
        return stem == null ? null : "__" + stem + "__";
    }

    public static String reflected(String op) {
        String stem = stem(op);
        return stem == null ? null : "__r" + stem + "__";
    }

    public static String inplace(String op) {
        String stem = stem(op);
        return stem == null ? null : "__i" + stem + "__";
    }

    public static String comparison(String op) {
        return switch (op) {
            case "==" -> "__eq__";
            case "!=" -> "__ne__";
            case "<" -> "__lt__";
            case "<=" -> "__le__";
            case ">" -> "__gt__";
            case ">=" -> "__ge__";
            default -> null;
        };
    }

    public static String unary(String op) {
        return switch (op) {
            case "-" -> "__neg__";
            case "+" -> "__pos__";
            case "~" -> "__invert__";
            default -> null;
        };
    }
}
