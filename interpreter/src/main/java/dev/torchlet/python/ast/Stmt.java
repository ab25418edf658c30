package dev.torchlet.python.ast;

import java.util.List;

/** Python statements, each knowing the line it starts on. */
public sealed interface Stmt {
    int line();

    record ExprStmt(Expr value, int line) implements Stmt {
    }

    /** {@code a = b = value}: every target gets the value. Targets are names or attributes. */
    record Assign(List<Expr> targets, Expr value, int line) implements Stmt {
    }

    /** {@code target op= value}; the target is a name, an attribute or a subscript. */
    record AugAssign(Expr target, String op, Expr value, int line) implements Stmt {
    }

    record Alias(String name, String asName) {
    }

    record Import(List<Alias> names, int line) implements Stmt {
    }

    record ImportFrom(String module, List<Alias> names, int line) implements Stmt {
    }

    record Pass(int line) implements Stmt {
    }

    record If(Expr test, List<Stmt> body, List<Stmt> orElse, int line) implements Stmt {
    }

    record While(Expr test, List<Stmt> body, List<Stmt> orElse, int line) implements Stmt {
    }

    /** {@code for name in iterable:} (a single name target for now). */
    record For(Expr.Name target, Expr iterable, List<Stmt> body, List<Stmt> orElse, int line) implements Stmt {
    }

    record Break(int line) implements Stmt {
    }

    record Continue(int line) implements Stmt {
    }

    /** A parameter, with its default value expression or null. */
    record Parameter(String name, Expr defaultValue) {
    }

    record FunctionDef(String name, List<Parameter> parameters, List<Stmt> body, int line) implements Stmt {
    }

    /** {@code return} with a value, or with null for a bare return. */
    record Return(Expr value, int line) implements Stmt {
    }

    /** {@code with context [as name]:} (one context manager per statement for now). */
    record With(Expr context, String asName, List<Stmt> body, int line) implements Stmt {
    }
}
