package dev.torchlet.python.compiler;

import dev.torchlet.python.ast.Expr;
import dev.torchlet.python.ast.Stmt;
import java.util.List;
import java.util.Set;

/** Python's scoping rule: a name bound anywhere in a function body is local to the whole function. */
final class LocalNames {
    private LocalNames() {
    }

    static void collect(List<Stmt> body, Set<String> out) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Assign a -> a.targets().forEach(t -> {
                    if (t instanceof Expr.Name n) {
                        out.add(n.id());
                    }
                });
                case Stmt.AugAssign a -> {
                    if (a.target() instanceof Expr.Name n) {
                        out.add(n.id());
                    }
                }
                case Stmt.For f -> {
                    out.add(f.target().id());
                    collect(f.body(), out);
                    collect(f.orElse(), out);
                }
                case Stmt.While w -> {
                    collect(w.body(), out);
                    collect(w.orElse(), out);
                }
                case Stmt.If i -> {
                    collect(i.body(), out);
                    collect(i.orElse(), out);
                }
                case Stmt.Import imp -> imp.names().forEach(alias -> out.add(alias.asName() != null ? alias.asName()
                        : alias.name().contains(".") ? alias.name().substring(0, alias.name().indexOf('.')) : alias.name()));
                case Stmt.ImportFrom from -> from.names().forEach(alias -> out.add(alias.asName() != null ? alias.asName() : alias.name()));
                case Stmt.FunctionDef def -> out.add(def.name());
                case Stmt.With w -> {
                    if (w.asName() != null) {
                        out.add(w.asName());
                    }
                    collect(w.body(), out);
                }
                default -> {
                }
            }
        }
    }
}
