package dev.torchlet.python.ast;

import java.util.List;

/** Python statements, each knowing the line it starts on. */
public sealed interface Stmt {
    int line();

    record ExprStmt(Expr value, int line) implements Stmt {
    }

    /** {@code a = b = value}: every target gets the value; targets may be tuples/lists to unpack into. */
    record Assign(List<Expr> targets, Expr value, int line) implements Stmt {
    }

    /** {@code target op= value}; the target is a name, an attribute or a subscript. */
    /** {@code target: annotation [= value]}; {@code value} is null for a bare annotation. */
    record AnnAssign(Expr target, Expr annotation, Expr value, int line) implements Stmt {
    }

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

    record For(Expr target, Expr iterable, List<Stmt> body, List<Stmt> orElse, int line) implements Stmt {
    }

    record Break(int line) implements Stmt {
    }

    record Continue(int line) implements Stmt {
    }

    /** A parameter, with its default value expression or null. */
    record Parameter(String name, Expr defaultValue) {
    }

    /**
     * A function's parameters: positional-or-keyword ones, then {@code *varArgs} (or null), the
     * keyword-only ones, and {@code **varKeywords} (or null).
     */
    record Parameters(List<Parameter> positional, String varArgs, List<Parameter> keywordOnly, String varKeywords) {
        public static final Parameters NONE = new Parameters(List.of(), null, List.of(), null);
    }

    record FunctionDef(String name, Parameters parameters, List<Stmt> body, List<Expr> decorators, int line)
            implements Stmt {
    }

    record ClassDef(String name, List<Expr> bases, List<Stmt> body, List<Expr> decorators, int line) implements Stmt {
    }

    /** {@code return} with a value, or with null for a bare return. */
    record Return(Expr value, int line) implements Stmt {
    }

    /** One {@code context [as target]} of a with statement. */
    record WithItem(Expr context, Expr target) {
    }

    /** {@code with a as x, b:} is compiled as nested with-blocks. */
    record With(List<WithItem> items, List<Stmt> body, int line) implements Stmt {
    }

    /** {@code except [type [as name]]:}; type is null for a bare except. */
    record ExceptHandler(Expr type, String name, List<Stmt> body, int line) {
    }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody, int line)
            implements Stmt {
    }

    /** {@code raise [exception [from cause]]}. */
    record Raise(Expr exception, Expr cause, int line) implements Stmt {
    }

    record Assert(Expr test, Expr message, int line) implements Stmt {
    }

    record Delete(List<Expr> targets, int line) implements Stmt {
    }

    record Global(List<String> names, int line) implements Stmt {
    }

    record Nonlocal(List<String> names, int line) implements Stmt {
    }
}
