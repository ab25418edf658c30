package dev.torchlet.python.ast;

import java.util.List;

/** Python expressions, each knowing the line it starts on. */
public sealed interface Expr {
    int line();

    record Name(String id, int line) implements Expr {
    }

    /** A literal: Long, Double, String, Boolean, or null for None. */
    record Constant(Object value, int line) implements Expr {
    }

    record Attribute(Expr object, String name, int line) implements Expr {
    }

    record Keyword(String name, Expr value) {
    }

    record Call(Expr function, List<Expr> args, List<Keyword> keywords, int line) implements Expr {
    }

    record BinaryOp(String op, Expr left, Expr right, int line) implements Expr {
    }

    record UnaryOp(String op, Expr operand, int line) implements Expr {
    }

    record ListDisplay(List<Expr> items, int line) implements Expr {
    }

    record TupleDisplay(List<Expr> items, int line) implements Expr {
    }

    /** {@code a and b and c} / {@code a or b}: short-circuit, yielding the deciding operand. */
    record BoolOp(String op, List<Expr> values, int line) implements Expr {
    }

    record Not(Expr operand, int line) implements Expr {
    }

    /** {@code a < b <= c}: a chain of comparisons, each operand evaluated once. */
    record Compare(Expr left, List<String> ops, List<Expr> comparators, int line) implements Expr {
    }

    /** {@code object[index]}; a multi-part index is a TupleDisplay. */
    record Subscript(Expr object, Expr index, int line) implements Expr {
    }

    /** {@code lower:upper:step} inside brackets; absent parts are null. */
    record Slice(Expr lower, Expr upper, Expr step, int line) implements Expr {
    }
}
