package dev.torchlet.python.compiler;

import dev.torchlet.python.PythonSyntaxError;
import dev.torchlet.python.ast.Expr;
import dev.torchlet.python.ast.Stmt;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One Python scope (module, function/lambda/comprehension, or class body) and where each name
 * used in it lives. Python decides this statically: a name bound anywhere in a function is local
 * to all of it, unless declared {@code global}/{@code nonlocal}; a free name belongs to the nearest
 * enclosing function that binds it (class bodies are skipped), else to the module or builtins.
 */
final class Scope {
    enum Kind { MODULE, FUNCTION, CLASS }

    /** How a name is reached: the frame's own map, a fast local, an enclosing function's locals, or the globals. */
    enum Access { NAME, FAST, DEREF, GLOBAL }

    /** A resolved name: its access and, for DEREF, how many enclosing function scopes out it lives. */
    record Resolution(Access access, int depth) {
    }

    final Kind kind;
    final Scope parent;
    final Set<String> bound = new LinkedHashSet<>();
    final Set<String> declaredGlobal = new LinkedHashSet<>();
    final Set<String> declaredNonlocal = new LinkedHashSet<>();

    Scope(Kind kind, Scope parent) {
        this.kind = kind;
        this.parent = parent;
    }

    Resolution resolve(String name) {
        if (kind == Kind.MODULE) {
            return new Resolution(Access.NAME, 0);
        }
        if (declaredGlobal.contains(name)) {
            return new Resolution(Access.GLOBAL, 0);
        }
        if (!declaredNonlocal.contains(name) && bound.contains(name)) {
            return new Resolution(kind == Kind.CLASS ? Access.NAME : Access.FAST, 0);
        }
        Resolution enclosing = findEnclosing(name);
        if (enclosing != null) {
            return enclosing;
        }
        return new Resolution(kind == Kind.CLASS ? Access.NAME : Access.GLOBAL, 0);
    }

    /** The nearest enclosing function scope that binds {@code name}, as a DEREF, or null. */
    Resolution findEnclosing(String name) {
        int depth = 0;
        for (Scope s = parent; s != null; s = s.parent) {
            if (s.kind == Kind.CLASS) {
                continue;
            }
            if (s.kind == Kind.MODULE || s.declaredGlobal.contains(name)) {
                return null;
            }
            if (s.bound.contains(name) && !s.declaredNonlocal.contains(name)) {
                return new Resolution(Access.DEREF, depth);
            }
            depth++;
        }
        return null;
    }

    /** Records the names a body binds, without entering nested functions and classes (they have their own scopes). */
    void collect(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        switch (s) {
            case Stmt.Assign a -> {
                a.targets().forEach(this::target);
                expression(a.value());
            }
            case Stmt.AugAssign a -> {
                target(a.target());
                expression(a.value());
            }
            case Stmt.AnnAssign a -> {
                target(a.target());
                if (a.value() != null) {
                    expression(a.value());
                }
                if (kind != Kind.FUNCTION) {
                    expression(a.annotation());
                }
            }
            case Stmt.For f -> {
                target(f.target());
                expression(f.iterable());
                collect(f.body());
                collect(f.orElse());
            }
            case Stmt.While w -> {
                expression(w.test());
                collect(w.body());
                collect(w.orElse());
            }
            case Stmt.If i -> {
                expression(i.test());
                collect(i.body());
                collect(i.orElse());
            }
            case Stmt.Import imp -> imp.names().forEach(alias -> bind(alias.asName() != null ? alias.asName()
                    : alias.name().contains(".") ? alias.name().substring(0, alias.name().indexOf('.')) : alias.name(), s.line()));
            case Stmt.ImportFrom from -> from.names().forEach(alias -> bind(alias.asName() != null ? alias.asName() : alias.name(), s.line()));
            case Stmt.FunctionDef def -> {
                def.decorators().forEach(this::expression);
                bind(def.name(), def.line());
            }
            case Stmt.ClassDef def -> {
                def.decorators().forEach(this::expression);
                def.bases().forEach(this::expression);
                bind(def.name(), def.line());
            }
            case Stmt.With w -> {
                for (Stmt.WithItem item : w.items()) {
                    expression(item.context());
                    if (item.target() != null) {
                        target(item.target());
                    }
                }
                collect(w.body());
            }
            case Stmt.Try t -> {
                collect(t.body());
                for (Stmt.ExceptHandler h : t.handlers()) {
                    if (h.name() != null) {
                        bind(h.name(), h.line());
                    }
                    collect(h.body());
                }
                collect(t.orElse());
                collect(t.finalBody());
            }
            case Stmt.Delete d -> d.targets().forEach(this::target);
            case Stmt.Global g -> declare(g.names(), g.line(), true);
            case Stmt.Nonlocal n -> declare(n.names(), n.line(), false);
            case Stmt.ExprStmt e -> expression(e.value());
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expression(r.value());
                }
            }
            default -> {
            }
        }
    }

    private void declare(List<String> names, int line, boolean global) {
        for (String name : names) {
            if (kind == Kind.MODULE && !global) {
                throw new PythonSyntaxError("nonlocal declaration not allowed at module level", line, 0);
            }
            if (bound.contains(name)) {
                throw new PythonSyntaxError("name '" + name + "' is assigned to before " + (global ? "global" : "nonlocal")
                        + " declaration", line, 0);
            }
            if (global) {
                declaredGlobal.add(name);
            } else {
                declaredNonlocal.add(name);
                if (findEnclosing(name) == null) {
                    throw new PythonSyntaxError("no binding for nonlocal '" + name + "' found", line, 0);
                }
            }
        }
    }

    private void bind(String name, int line) {
        bound.add(name);
    }

    private void target(Expr target) {
        switch (target) {
            case Expr.Name n -> bind(n.id(), n.line());
            case Expr.TupleDisplay t -> t.items().forEach(this::target);
            case Expr.ListDisplay l -> l.items().forEach(this::target);
            case Expr.Starred s -> target(s.value());
            default -> expression(target);
        }
    }

    /** Only walrus targets bind inside expressions; lambdas and comprehensions are scopes of their own. */
    private void expression(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                bind(n.target().id(), n.line());
                expression(n.value());
            }
            case Expr.BinaryOp b -> {
                expression(b.left());
                expression(b.right());
            }
            case Expr.BoolOp b -> b.values().forEach(this::expression);
            case Expr.Compare c -> {
                expression(c.left());
                c.comparators().forEach(this::expression);
            }
            case Expr.Call c -> {
                expression(c.function());
                c.args().forEach(this::expression);
            }
            case Expr.IfExp i -> {
                expression(i.test());
                expression(i.body());
                expression(i.orElse());
            }
            case Expr.Not n -> expression(n.operand());
            default -> {
            }
        }
    }
}
