package dev.torchlet.python.ast;

import java.util.List;

/** Python expressions, each knowing the line it starts on. */
public sealed interface Expr {
    int line();

    record Name(String id, int line) implements Expr {
    }

    /** A literal: Long, BigInteger, Double, String, Boolean, null for None, or {@link #ELLIPSIS}. */
    record Constant(Object value, int line) implements Expr {
    }

    /** The value of the literal {@code ...}. */
    Object ELLIPSIS = new Object() {
        @Override
        public String toString() {
            return "Ellipsis";
        }
    };

    record Attribute(Expr object, String name, int line) implements Expr {
    }

    /** {@code name=value} in a call, or {@code **value} when name is null. */
    record Keyword(String name, Expr value) {
    }

    /** A call; positional arguments may be {@link Starred}. */
    record Call(Expr function, List<Expr> args, List<Keyword> keywords, int line) implements Expr {
    }

    /** {@code *value}: unpacked into a call, a display or an assignment target. */
    record Starred(Expr value, int line) implements Expr {
    }

    record BinaryOp(String op, Expr left, Expr right, int line) implements Expr {
    }

    /** Unary {@code -}, {@code +} or {@code ~}. */
    record UnaryOp(String op, Expr operand, int line) implements Expr {
    }

    record ListDisplay(List<Expr> items, int line) implements Expr {
    }

    record TupleDisplay(List<Expr> items, int line) implements Expr {
    }

    record SetDisplay(List<Expr> items, int line) implements Expr {
    }

    /** {@code {k: v, **other}}: a null key marks a {@code **} spread of the value. */
    record DictDisplay(List<Expr> keys, List<Expr> values, int line) implements Expr {
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

    /** {@code body if test else orElse}. */
    record IfExp(Expr test, Expr body, Expr orElse, int line) implements Expr {
    }

    record Lambda(Stmt.Parameters parameters, Expr body, int line) implements Expr {
    }

    /** {@code name := value}. */
    record NamedExpr(Name target, Expr value, int line) implements Expr {
    }

    enum ComprehensionKind { LIST, SET, DICT, GENERATOR }

    /** One {@code for target in iterable if cond...} clause of a comprehension. */
    record ComprehensionClause(Expr target, Expr iterable, List<Expr> conditions) {
    }

    /** A list/set/dict comprehension or generator expression; {@code value} is the dict value, else null. */
    record Comprehension(ComprehensionKind kind, Expr element, Expr value, List<ComprehensionClause> clauses, int line)
            implements Expr {
    }

    /** An f-string: literal text parts ({@link Constant}) and {@link FormattedValue}s, concatenated. */
    record FString(List<Expr> parts, int line) implements Expr {
    }

    /** {@code {value!conversion:spec}} inside an f-string; conversion is 0, 'r', 's' or 'a'; spec may be null. */
    record FormattedValue(Expr value, char conversion, Expr spec, int line) implements Expr {
    }

    /** {@code yield value} (value may be null). */
    record Yield(Expr value, int line) implements Expr {
    }

    record YieldFrom(Expr value, int line) implements Expr {
    }
}
