package dev.torchlet.python.compiler;

import dev.torchlet.python.PythonSyntaxError;
import dev.torchlet.python.ast.Expr;
import dev.torchlet.python.ast.Stmt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * AST → bytecode. One compiler per code object (module, function, lambda, comprehension, class
 * body); nested scopes get a child compiler. Jumps out of blocks (break, continue, return) emit
 * each enclosing block's exit code first: exiting with-blocks, ending handlers, and running
 * finally bodies inline, as CPython does.
 */
public final class Compiler {
    private final CodeBuilder out;
    private final Scope scope;
    private final String filename;
    private final SourceLines source;
    private final boolean inFunction;
    /** The blocks enclosing the code being compiled, innermost last. */
    private List<Block> blocks = new ArrayList<>();
    private boolean sawYield;

    /** What a jump out of a block must do on the way. */
    private sealed interface Block {
    }

    private record Loop(int continueTarget, List<Integer> breakJumps, boolean hasIterator) implements Block {
    }

    private record WithBlock() implements Block {
    }

    /** Inside {@code try:} with except clauses: the handler block is pushed. */
    private record TryBody() implements Block {
    }

    /** Inside an except clause: an exception is being handled. */
    private record HandlerBody() implements Block {
    }

    /** Inside {@code try:} with a finally clause: leaving runs it. */
    private record FinallyProtected(List<Stmt> finalBody) implements Block {
    }

    /** Inside a finally clause run because of an exception. */
    private record FinallyHandler() implements Block {
    }

    /** The qualified name of the code being compiled ({@code A.f}, {@code f.<locals>.g}); null for a module. */
    private String qualname;

    private Compiler(String filename, SourceLines source, Scope scope, boolean inFunction) {
        this.filename = filename;
        this.source = source;
        this.scope = scope;
        this.inFunction = inFunction;
        this.out = new CodeBuilder();
    }

    public static CodeObject compileModule(List<Stmt> body, String filename, SourceLines source) {
        Scope scope = new Scope(Scope.Kind.MODULE, null);
        scope.collect(body);
        Compiler c = new Compiler(filename, source, scope, false);
        c.body(body);
        c.loadConstant(PyNone.NONE);
        c.emit(Opcode.RETURN_VALUE);
        return c.finish("<module>", CodeObject.Kind.MODULE, CodeObject.Signature.NONE);
    }

    /** Code for {@code eval()}: the expression's value is what the code returns. */
    public static CodeObject compileEvalInput(Expr expression, String filename, SourceLines source) {
        Scope scope = new Scope(Scope.Kind.MODULE, null);
        scope.collect(List.of(new Stmt.ExprStmt(expression, expression.line())));
        Compiler c = new Compiler(filename, source, scope, false);
        c.expression(expression);
        c.emit(Opcode.RETURN_VALUE);
        return c.finish("<module>", CodeObject.Kind.MODULE, CodeObject.Signature.NONE);
    }

    private CodeObject finish(String name, CodeObject.Kind kind, CodeObject.Signature signature) {
        return out.build(filename, source, name, qualname == null ? name : qualname, kind, signature, sawYield);
    }

    /** A compiler for the body of {@code name} defined here, qualified as Python's {@code __qualname__} is. */
    private Compiler child(Scope.Kind kind, boolean function, String name) {
        Compiler c = new Compiler(filename, source, new Scope(kind, scope), function);
        c.qualname = switch (scope.kind) {
            case MODULE -> name;
            case CLASS -> qualname + "." + name;
            case FUNCTION -> qualname + ".<locals>." + name;
        };
        return c;
    }

    private static CodeObject.Signature signature(Stmt.Parameters p) {
        return new CodeObject.Signature(p.positional().stream().map(Stmt.Parameter::name).toList(), p.varArgs(),
                p.keywordOnly().stream().map(Stmt.Parameter::name).toList(), p.varKeywords());
    }

    private static void bindParameters(Scope scope, Stmt.Parameters p) {
        p.positional().forEach(param -> scope.bound.add(param.name()));
        p.keywordOnly().forEach(param -> scope.bound.add(param.name()));
        if (p.varArgs() != null) {
            scope.bound.add(p.varArgs());
        }
        if (p.varKeywords() != null) {
            scope.bound.add(p.varKeywords());
        }
    }

    private void emit(Opcode op, int arg) {
        out.emit(op, arg);
    }

    private void emit(Opcode op) {
        out.emit(op, 0);
    }

    private int constant(PyObject value) {
        return out.constant(value);
    }

    private void loadConstant(PyObject value) {
        emit(Opcode.LOAD_CONST, constant(value));
    }

    private void body(List<Stmt> statements) {
        for (Stmt s : statements) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        out.startStatement(s.line());
        switch (s) {
            case Stmt.ExprStmt e -> {
                expression(e.value());
                emit(Opcode.POP_TOP);
            }
            case Stmt.Assign a -> {
                expression(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) {
                        emit(Opcode.DUP_TOP);
                    }
                    store(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augmentedAssignment(a);
            case Stmt.AnnAssign a -> annotatedAssignment(a);
            case Stmt.Import imp -> {
                for (Stmt.Alias alias : imp.names()) {
                    if (alias.asName() == null) {
                        emit(Opcode.IMPORT_NAME, out.name(alias.name()));
                        String top = alias.name().contains(".") ? alias.name().substring(0, alias.name().indexOf('.')) : alias.name();
                        storeName(top);
                    } else {
                        emit(Opcode.IMPORT_MODULE, out.name(alias.name()));
                        storeName(alias.asName());
                    }
                }
            }
            case Stmt.ImportFrom from -> {
                emit(Opcode.IMPORT_MODULE, out.name(from.module()));
                for (Stmt.Alias alias : from.names()) {
                    emit(Opcode.IMPORT_FROM, out.name(alias.name()));
                    storeName(alias.asName() != null ? alias.asName() : alias.name());
                }
                emit(Opcode.POP_TOP);
            }
            case Stmt.If i -> {
                expression(i.test());
                int toElse = out.emitJump(Opcode.POP_JUMP_IF_FALSE);
                body(i.body());
                if (i.orElse().isEmpty()) {
                    out.patchHere(toElse);
                } else {
                    int toEnd = out.emitJump(Opcode.JUMP);
                    out.patchHere(toElse);
                    body(i.orElse());
                    out.patchHere(toEnd);
                }
            }
            case Stmt.While w -> {
                int start = out.here();
                expression(w.test());
                int toElse = out.emitJump(Opcode.POP_JUMP_IF_FALSE);
                loop(new Loop(start, new ArrayList<>(), false), w.body(), w.orElse(), toElse, w.line());
            }
            case Stmt.For f -> {
                expression(f.iterable());
                emit(Opcode.GET_ITER);
                int start = out.here();
                int exhausted = out.emitJump(Opcode.FOR_ITER);
                store(f.target());
                loop(new Loop(start, new ArrayList<>(), true), f.body(), f.orElse(), exhausted, f.line());
            }
            case Stmt.Break b -> {
                int index = innermostLoop("'break' outside loop", b.line());
                Loop loop = (Loop) blocks.get(index);
                exitBlocksDownTo(index + 1);
                if (loop.hasIterator()) {
                    emit(Opcode.POP_TOP);
                }
                loop.breakJumps().add(out.emitJump(Opcode.JUMP));
            }
            case Stmt.Continue c -> {
                int index = innermostLoop("'continue' not properly in loop", c.line());
                Loop loop = (Loop) blocks.get(index);
                exitBlocksDownTo(index + 1);
                emit(Opcode.JUMP, loop.continueTarget());
            }
            case Stmt.With w -> withItems(w, 0);
            case Stmt.Try t -> tryStatement(t);
            case Stmt.FunctionDef def -> functionDef(def);
            case Stmt.ClassDef def -> classDef(def);
            case Stmt.Return r -> {
                if (!inFunction) {
                    throw new PythonSyntaxError("'return' outside function", r.line(), 0);
                }
                if (r.value() == null) {
                    loadConstant(PyNone.NONE);
                } else {
                    expression(r.value());
                }
                exitBlocksDownTo(0);
                emit(Opcode.RETURN_VALUE);
            }
            case Stmt.Raise r -> {
                if (r.exception() != null) {
                    expression(r.exception());
                }
                if (r.cause() != null) {
                    expression(r.cause());
                }
                emit(Opcode.RAISE, r.exception() == null ? 0 : r.cause() == null ? 1 : 2);
            }
            case Stmt.Assert a -> {
                expression(a.test());
                int end = out.emitJump(Opcode.POP_JUMP_IF_TRUE);
                if (a.message() != null) {
                    expression(a.message());
                }
                emit(Opcode.ASSERT_FAIL, a.message() == null ? 0 : 1);
                out.patchHere(end);
            }
            case Stmt.Delete d -> d.targets().forEach(this::delete);
            case Stmt.Global g -> {
                // A declaration: it changes how names compile, and runs nothing.
            }
            case Stmt.Nonlocal n -> {
            }
            case Stmt.Pass p -> {
                // Nothing to run; the statement still gets a place the debugger can stop at.
                loadConstant(PyNone.NONE);
                emit(Opcode.POP_TOP);
            }
        }
    }

    /** A loop's body, the jump back to its start, its else clause (where {@code exit} lands) and its breaks. */
    private void loop(Loop labels, List<Stmt> body, List<Stmt> orElse, int exit, int loopLine) {
        blocks.add(labels);
        body(body);
        blocks.remove(blocks.size() - 1);
        out.setLine(loopLine);
        emit(Opcode.JUMP, labels.continueTarget());
        out.patchHere(exit);
        body(orElse);
        labels.breakJumps().forEach(out::patchHere);
    }

    private int innermostLoop(String error, int errorLine) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof Loop) {
                return i;
            }
        }
        throw new PythonSyntaxError(error, errorLine, 0);
    }

    /** Emits the exit code of every block from the innermost down to (not including) index {@code depth}. */
    private void exitBlocksDownTo(int depth) {
        for (int i = blocks.size() - 1; i >= depth; i--) {
            switch (blocks.get(i)) {
                case WithBlock w -> emit(Opcode.POP_WITH);
                case TryBody t -> emit(Opcode.POP_BLOCK);
                case HandlerBody h -> emit(Opcode.POP_EXCEPT);
                case FinallyHandler f -> emit(Opcode.POP_EXCEPT);
                case FinallyProtected f -> {
                    emit(Opcode.POP_BLOCK);
                    // The finally body runs as if it were outside this try.
                    List<Block> saved = blocks;
                    blocks = new ArrayList<>(saved.subList(0, i));
                    body(f.finalBody());
                    blocks = saved;
                }
                case Loop l -> {
                    if (l.hasIterator()) {
                        // Leaving an enclosing for loop (return from inside it): its iterator stays on the
                        // stack, which RETURN_VALUE discards with the frame.
                    }
                }
            }
        }
    }

    private void withItems(Stmt.With w, int index) {
        Stmt.WithItem item = w.items().get(index);
        out.setLine(w.line());
        expression(item.context());
        int setup = out.emitJump(Opcode.SETUP_WITH);
        if (item.target() == null) {
            emit(Opcode.POP_TOP);
        } else {
            store(item.target());
        }
        blocks.add(new WithBlock());
        if (index + 1 < w.items().size()) {
            withItems(w, index + 1);
        } else {
            body(w.body());
        }
        blocks.remove(blocks.size() - 1);
        out.setLine(w.line());
        emit(Opcode.POP_WITH);
        out.patchHere(setup);
    }

    private void tryStatement(Stmt.Try t) {
        if (t.finalBody().isEmpty()) {
            tryExcept(t);
            return;
        }
        int setup = out.emitJump(Opcode.SETUP_FINALLY);
        blocks.add(new FinallyProtected(t.finalBody()));
        if (t.handlers().isEmpty()) {
            body(t.body());
        } else {
            tryExcept(t);
        }
        blocks.remove(blocks.size() - 1);
        emit(Opcode.POP_BLOCK);
        body(t.finalBody());
        int toEnd = out.emitJump(Opcode.JUMP);
        out.patchHere(setup);
        blocks.add(new FinallyHandler());
        body(t.finalBody());
        blocks.remove(blocks.size() - 1);
        emit(Opcode.RERAISE, 0);
        out.patchHere(toEnd);
    }

    /** try/except/else: the VM enters the handler with the exception on the stack. */
    private void tryExcept(Stmt.Try t) {
        int setup = out.emitJump(Opcode.SETUP_EXCEPT);
        blocks.add(new TryBody());
        body(t.body());
        blocks.remove(blocks.size() - 1);
        emit(Opcode.POP_BLOCK);
        body(t.orElse());
        List<Integer> toEnd = new ArrayList<>();
        toEnd.add(out.emitJump(Opcode.JUMP));
        out.patchHere(setup);
        for (Stmt.ExceptHandler handler : t.handlers()) {
            out.startStatement(handler.line());
            int toNext = -1;
            if (handler.type() != null) {
                expression(handler.type());
                emit(Opcode.CHECK_EXC_MATCH);
                toNext = out.emitJump(Opcode.POP_JUMP_IF_FALSE);
            }
            if (handler.name() != null) {
                storeName(handler.name());
            } else {
                emit(Opcode.POP_TOP);
            }
            blocks.add(new HandlerBody());
            body(handler.body());
            blocks.remove(blocks.size() - 1);
            emit(Opcode.POP_EXCEPT);
            if (handler.name() != null) {
                // Python deletes the name when the clause ends (the exception would keep its frame alive).
                loadConstant(PyNone.NONE);
                storeName(handler.name());
                deleteName(handler.name());
            }
            toEnd.add(out.emitJump(Opcode.JUMP));
            if (toNext >= 0) {
                out.patchHere(toNext);
            }
        }
        emit(Opcode.RERAISE, 1);
        toEnd.forEach(out::patchHere);
    }

    private void functionDef(Stmt.FunctionDef def) {
        def.decorators().forEach(this::expression);
        out.setLine(def.line());
        int flags = defaults(def.parameters());
        Compiler c = child(Scope.Kind.FUNCTION, true, def.name());
        bindParameters(c.scope, def.parameters());
        c.scope.collect(def.body());
        c.body(def.body());
        c.out.setLine(def.body().isEmpty() ? def.line() : lastLine(def.body()));
        c.loadConstant(PyNone.NONE);
        c.emit(Opcode.RETURN_VALUE);
        loadConstant(new CodeConstant(c.finish(def.name(), CodeObject.Kind.FUNCTION, signature(def.parameters()))));
        emit(Opcode.MAKE_FUNCTION, flags);
        applyDecorators(def.decorators().size(), def.line());
        storeName(def.name());
    }

    private static int lastLine(List<Stmt> body) {
        return body.get(body.size() - 1).line();
    }

    /** Pushes default values (and a dict of keyword-only defaults); returns MAKE_FUNCTION's flags. */
    private int defaults(Stmt.Parameters parameters) {
        int count = 0;
        for (Stmt.Parameter p : parameters.positional()) {
            if (p.defaultValue() != null) {
                expression(p.defaultValue());
                count++;
            }
        }
        int keywordDefaults = 0;
        for (Stmt.Parameter p : parameters.keywordOnly()) {
            if (p.defaultValue() != null) {
                loadConstant(new PyStr(p.name()));
                expression(p.defaultValue());
                keywordDefaults++;
            }
        }
        if (keywordDefaults > 0) {
            emit(Opcode.BUILD_MAP, keywordDefaults);
            return count | 0x10000;
        }
        return count;
    }

    private void applyDecorators(int count, int line) {
        out.setLine(line);
        for (int i = 0; i < count; i++) {
            emit(Opcode.CALL, 1);
        }
    }

    /**
     * {@code x: T = v}: the value is stored as by {@code x = v}; in a module or class body the
     * annotation is then evaluated and, for a plain name, kept in {@code __annotations__} (what
     * dataclasses read). A function's annotations are not evaluated, as in CPython.
     */
    private void annotatedAssignment(Stmt.AnnAssign a) {
        if (a.value() != null) {
            expression(a.value());
            store(a.target());
        }
        if (scope.kind == Scope.Kind.FUNCTION) {
            return;
        }
        expression(a.annotation());
        if (a.target() instanceof Expr.Name name) {
            emit(Opcode.SETUP_ANNOTATIONS);
            loadName("__annotations__");
            loadConstant(new PyStr(name.id()));
            emit(Opcode.STORE_SUBSCR);
        } else {
            emit(Opcode.POP_TOP);
        }
    }

    private void classDef(Stmt.ClassDef def) {
        def.decorators().forEach(this::expression);
        out.setLine(def.line());
        Compiler c = child(Scope.Kind.CLASS, false, def.name());
        c.scope.collect(def.body());
        c.body(def.body());
        c.out.setLine(def.line());
        c.loadConstant(PyNone.NONE);
        c.emit(Opcode.RETURN_VALUE);
        loadConstant(new CodeConstant(c.finish(def.name(), CodeObject.Kind.CLASS_BODY, CodeObject.Signature.NONE)));
        emit(Opcode.MAKE_FUNCTION, 0);
        def.bases().forEach(this::expression);
        out.setLine(def.line());
        emit(Opcode.BUILD_CLASS, def.bases().size());
        applyDecorators(def.decorators().size(), def.line());
        storeName(def.name());
    }

    /** Reads the target once, applies the in-place operator, stores the result back to the same place. */
    private void augmentedAssignment(Stmt.AugAssign a) {
        switch (a.target()) {
            case Expr.Name n -> {
                loadName(n.id());
                expression(a.value());
                emit(Opcode.INPLACE_OP, out.operator(a.op()));
                storeName(n.id());
            }
            case Expr.Attribute at -> {
                expression(at.object());
                emit(Opcode.DUP_TOP);
                emit(Opcode.LOAD_ATTR, out.name(at.name()));
                expression(a.value());
                emit(Opcode.INPLACE_OP, out.operator(a.op()));
                emit(Opcode.ROT_TWO);
                emit(Opcode.STORE_ATTR, out.name(at.name()));
            }
            case Expr.Subscript sub -> {
                expression(sub.object());
                expression(sub.index());
                emit(Opcode.DUP_TOP_TWO);
                emit(Opcode.BINARY_SUBSCR);
                expression(a.value());
                emit(Opcode.INPLACE_OP, out.operator(a.op()));
                emit(Opcode.ROT_THREE);
                emit(Opcode.STORE_SUBSCR);
            }
            default -> throw new IllegalStateException("parser admits only names, attributes and subscripts");
        }
    }

    private void nameOp(String name, Opcode nameOp, Opcode fast, Opcode global, Opcode deref) {
        Scope.Resolution r = scope.resolve(name);
        int index = out.name(name);
        switch (r.access()) {
            case NAME -> emit(nameOp, index);
            case FAST -> emit(fast, index);
            case GLOBAL -> emit(global, index);
            case DEREF -> emit(deref, CodeObject.derefArgument(r.depth(), index));
        }
    }

    private void loadName(String name) {
        nameOp(name, Opcode.LOAD_NAME, Opcode.LOAD_FAST, Opcode.LOAD_GLOBAL, Opcode.LOAD_DEREF);
    }

    private void storeName(String name) {
        nameOp(name, Opcode.STORE_NAME, Opcode.STORE_FAST, Opcode.STORE_GLOBAL, Opcode.STORE_DEREF);
    }

    private void deleteName(String name) {
        nameOp(name, Opcode.DELETE_NAME, Opcode.DELETE_FAST, Opcode.DELETE_GLOBAL, Opcode.DELETE_DEREF);
    }

    private void store(Expr target) {
        switch (target) {
            case Expr.Name n -> storeName(n.id());
            case Expr.Attribute a -> {
                expression(a.object());
                emit(Opcode.STORE_ATTR, out.name(a.name()));
            }
            case Expr.Subscript sub -> {
                expression(sub.object());
                expression(sub.index());
                emit(Opcode.STORE_SUBSCR);
            }
            case Expr.TupleDisplay t -> unpackInto(t.items(), t.line());
            case Expr.ListDisplay l -> unpackInto(l.items(), l.line());
            default -> throw new PythonSyntaxError("cannot assign to expression", target.line(), 0);
        }
    }

    private void unpackInto(List<Expr> targets, int line) {
        int star = -1;
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw new PythonSyntaxError("multiple starred expressions in assignment", line, 0);
                }
                star = i;
            }
        }
        if (star < 0) {
            emit(Opcode.UNPACK_SEQUENCE, targets.size());
        } else {
            emit(Opcode.UNPACK_EX, star | (targets.size() - star - 1) << 8);
        }
        for (Expr t : targets) {
            store(t instanceof Expr.Starred s ? s.value() : t);
        }
    }

    private void delete(Expr target) {
        switch (target) {
            case Expr.Name n -> deleteName(n.id());
            case Expr.Attribute a -> {
                expression(a.object());
                emit(Opcode.DELETE_ATTR, out.name(a.name()));
            }
            case Expr.Subscript sub -> {
                expression(sub.object());
                expression(sub.index());
                emit(Opcode.DELETE_SUBSCR);
            }
            case Expr.TupleDisplay t -> t.items().forEach(this::delete);
            case Expr.ListDisplay l -> l.items().forEach(this::delete);
            default -> throw new PythonSyntaxError("cannot delete expression", target.line(), 0);
        }
    }

    private void expression(Expr e) {
        switch (e) {
            case Expr.Name n -> loadName(n.id());
            case Expr.Constant c -> loadConstant(Constants.of(c.value()));
            case Expr.Attribute a -> {
                expression(a.object());
                out.setLine(a.line());
                emit(Opcode.LOAD_ATTR, out.name(a.name()));
            }
            case Expr.BinaryOp b -> {
                expression(b.left());
                expression(b.right());
                out.setLine(b.line());
                emit(Opcode.BINARY_OP, out.operator(b.op()));
            }
            case Expr.UnaryOp u -> {
                expression(u.operand());
                emit(Opcode.UNARY_OP, out.operator(u.op()));
            }
            case Expr.Not n -> {
                expression(n.operand());
                emit(Opcode.UNARY_NOT);
            }
            case Expr.BoolOp b -> {
                List<Integer> exits = new ArrayList<>();
                for (int i = 0; i < b.values().size(); i++) {
                    expression(b.values().get(i));
                    if (i < b.values().size() - 1) {
                        exits.add(out.emitJump(b.op().equals("and") ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP));
                    }
                }
                exits.forEach(out::patchHere);
            }
            case Expr.Compare c -> compare(c);
            case Expr.Subscript sub -> {
                expression(sub.object());
                expression(sub.index());
                out.setLine(sub.line());
                emit(Opcode.BINARY_SUBSCR);
            }
            case Expr.Slice slice -> {
                for (Expr part : new Expr[] {slice.lower(), slice.upper(), slice.step()}) {
                    if (part == null) {
                        loadConstant(PyNone.NONE);
                    } else {
                        expression(part);
                    }
                }
                emit(Opcode.BUILD_SLICE);
            }
            case Expr.ListDisplay l -> sequenceDisplay(l.items(), Opcode.BUILD_LIST, false);
            case Expr.TupleDisplay t -> sequenceDisplay(t.items(), Opcode.BUILD_TUPLE, true);
            case Expr.SetDisplay s -> sequenceDisplay(s.items(), Opcode.BUILD_SET, false);
            case Expr.DictDisplay d -> dictDisplay(d);
            case Expr.Starred s -> throw new PythonSyntaxError("can't use starred expression here", s.line(), 0);
            case Expr.Call call -> call(call);
            case Expr.IfExp i -> {
                expression(i.test());
                int toElse = out.emitJump(Opcode.POP_JUMP_IF_FALSE);
                expression(i.body());
                int toEnd = out.emitJump(Opcode.JUMP);
                out.patchHere(toElse);
                expression(i.orElse());
                out.patchHere(toEnd);
            }
            case Expr.NamedExpr n -> {
                expression(n.value());
                emit(Opcode.DUP_TOP);
                storeName(n.target().id());
            }
            case Expr.Lambda l -> lambda(l);
            case Expr.Comprehension c -> comprehension(c);
            case Expr.FString f -> fString(f);
            case Expr.FormattedValue v -> fString(new Expr.FString(List.of(v), v.line()));
            case Expr.Yield y -> {
                requireFunction("'yield' outside function", y.line());
                sawYield = true;
                if (y.value() == null) {
                    loadConstant(PyNone.NONE);
                } else {
                    expression(y.value());
                }
                emit(Opcode.YIELD_VALUE);
            }
            case Expr.YieldFrom y -> {
                requireFunction("'yield' outside function", y.line());
                sawYield = true;
                expression(y.value());
                emit(Opcode.GET_ITER);
                int start = out.here();
                int exhausted = out.emitJump(Opcode.FOR_ITER);
                emit(Opcode.YIELD_VALUE);
                emit(Opcode.POP_TOP);
                emit(Opcode.JUMP, start);
                out.patchHere(exhausted);
                loadConstant(PyNone.NONE);
            }
        }
    }

    private void requireFunction(String message, int line) {
        if (!inFunction) {
            throw new PythonSyntaxError(message, line, 0);
        }
    }

    /** A list, tuple or set display; with starred items it is built by appending and extending. */
    private void sequenceDisplay(List<Expr> items, Opcode build, boolean tuple) {
        boolean starred = items.stream().anyMatch(i -> i instanceof Expr.Starred);
        if (!starred) {
            items.forEach(this::expression);
            emit(build, items.size());
            return;
        }
        boolean set = build == Opcode.BUILD_SET;
        emit(set ? Opcode.BUILD_SET : Opcode.BUILD_LIST, 0);
        for (Expr item : items) {
            if (item instanceof Expr.Starred s) {
                expression(s.value());
                emit(set ? Opcode.SET_UPDATE : Opcode.LIST_EXTEND, 1);
            } else {
                expression(item);
                emit(set ? Opcode.SET_ADD : Opcode.LIST_APPEND, 1);
            }
        }
        if (tuple) {
            emit(Opcode.LIST_TO_TUPLE);
        }
    }

    private void dictDisplay(Expr.DictDisplay d) {
        if (d.keys().stream().noneMatch(java.util.Objects::isNull)) {
            for (int i = 0; i < d.keys().size(); i++) {
                expression(d.keys().get(i));
                expression(d.values().get(i));
            }
            emit(Opcode.BUILD_MAP, d.keys().size());
            return;
        }
        emit(Opcode.BUILD_MAP, 0);
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                expression(d.values().get(i));
                emit(Opcode.DICT_UPDATE, 1);
            } else {
                expression(d.keys().get(i));
                expression(d.values().get(i));
                emit(Opcode.MAP_ADD, 1);
            }
        }
    }

    private void call(Expr.Call call) {
        expression(call.function());
        boolean unpacking = call.args().stream().anyMatch(a -> a instanceof Expr.Starred)
                || call.keywords().stream().anyMatch(k -> k.name() == null);
        if (!unpacking) {
            call.args().forEach(this::expression);
            List<PyObject> keywordNames = new ArrayList<>();
            for (Expr.Keyword k : call.keywords()) {
                expression(k.value());
                keywordNames.add(new PyStr(k.name()));
            }
            out.setLine(call.line());
            if (!keywordNames.isEmpty()) {
                emit(Opcode.KW_NAMES, constant(PySequence.tuple(keywordNames)));
            }
            emit(Opcode.CALL, call.args().size() + call.keywords().size());
            return;
        }
        sequenceDisplay(call.args(), Opcode.BUILD_TUPLE, true);
        boolean hasKeywords = !call.keywords().isEmpty();
        if (hasKeywords) {
            emit(Opcode.BUILD_MAP, 0);
            for (Expr.Keyword k : call.keywords()) {
                if (k.name() == null) {
                    expression(k.value());
                    emit(Opcode.DICT_UPDATE, 1);
                } else {
                    loadConstant(new PyStr(k.name()));
                    expression(k.value());
                    emit(Opcode.MAP_ADD, 1);
                }
            }
        }
        out.setLine(call.line());
        emit(Opcode.CALL_EX, hasKeywords ? 1 : 0);
    }

    /**
     * {@code a < b < c}: each middle operand is kept (DUP/ROT) for the next comparison; the first
     * false result short-circuits past the rest, dropping the kept operand.
     */
    private void compare(Expr.Compare c) {
        expression(c.left());
        int last = c.ops().size() - 1;
        List<Integer> cleanups = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            expression(c.comparators().get(i));
            if (i < last) {
                emit(Opcode.DUP_TOP);
                emit(Opcode.ROT_THREE);
            }
            out.setLine(c.line());
            emit(Opcode.COMPARE_OP, out.operator(c.ops().get(i)));
            if (i < last) {
                cleanups.add(out.emitJump(Opcode.JUMP_IF_FALSE_OR_POP));
            }
        }
        if (!cleanups.isEmpty()) {
            int toEnd = out.emitJump(Opcode.JUMP);
            cleanups.forEach(out::patchHere);
            emit(Opcode.ROT_TWO);
            emit(Opcode.POP_TOP);
            out.patchHere(toEnd);
        }
    }

    private void lambda(Expr.Lambda l) {
        int flags = defaults(l.parameters());
        Compiler c = child(Scope.Kind.FUNCTION, true, "<lambda>");
        bindParameters(c.scope, l.parameters());
        c.out.startStatement(l.line());
        c.expression(l.body());
        c.emit(Opcode.RETURN_VALUE);
        loadConstant(new CodeConstant(c.finish("<lambda>", CodeObject.Kind.FUNCTION, signature(l.parameters()))));
        emit(Opcode.MAKE_FUNCTION, flags);
    }

    /**
     * A comprehension is a function of its own scope, called at once with the iterator of its
     * first iterable (evaluated here, in the enclosing scope, as Python does).
     */
    private void comprehension(Expr.Comprehension comp) {
        String name = switch (comp.kind()) {
            case LIST -> "<listcomp>";
            case SET -> "<setcomp>";
            case DICT -> "<dictcomp>";
            case GENERATOR -> "<genexpr>";
        };
        Compiler c = child(Scope.Kind.FUNCTION, true, name);
        for (Expr.ComprehensionClause clause : comp.clauses()) {
            bindTargets(c.scope, clause.target());
        }
        c.scope.bound.add(".0");
        c.out.setLine(comp.line());
        Opcode build = switch (comp.kind()) {
            case LIST -> Opcode.BUILD_LIST;
            case SET -> Opcode.BUILD_SET;
            case DICT -> Opcode.BUILD_MAP;
            case GENERATOR -> null;
        };
        if (build != null) {
            c.emit(build, 0);
        }
        c.comprehensionClause(comp, 0);
        if (build == null) {
            c.loadConstant(PyNone.NONE);
        }
        c.emit(Opcode.RETURN_VALUE);
        CodeObject code = c.finish(name, CodeObject.Kind.FUNCTION, new CodeObject.Signature(List.of(".0"), null, List.of(), null));
        loadConstant(new CodeConstant(code));
        emit(Opcode.MAKE_FUNCTION, 0);
        expression(comp.clauses().get(0).iterable());
        emit(Opcode.GET_ITER);
        out.setLine(comp.line());
        emit(Opcode.CALL, 1);
    }

    private static void bindTargets(Scope scope, Expr target) {
        switch (target) {
            case Expr.Name n -> scope.bound.add(n.id());
            case Expr.TupleDisplay t -> t.items().forEach(i -> bindTargets(scope, i));
            case Expr.ListDisplay l -> l.items().forEach(i -> bindTargets(scope, i));
            case Expr.Starred s -> bindTargets(scope, s.value());
            default -> {
            }
        }
    }

    /** Clause {@code index}: its loop, conditions, then the next clause or the element. */
    private void comprehensionClause(Expr.Comprehension comp, int index) {
        Expr.ComprehensionClause clause = comp.clauses().get(index);
        if (index == 0) {
            emit(Opcode.LOAD_FAST, out.name(".0"));
        } else {
            expression(clause.iterable());
            emit(Opcode.GET_ITER);
        }
        int start = out.here();
        int exhausted = out.emitJump(Opcode.FOR_ITER);
        store(clause.target());
        for (Expr condition : clause.conditions()) {
            expression(condition);
            emit(Opcode.POP_JUMP_IF_FALSE, start);
        }
        if (index + 1 < comp.clauses().size()) {
            comprehensionClause(comp, index + 1);
        } else {
            // The container sits under one iterator per clause.
            int depth = comp.clauses().size() + 1;
            switch (comp.kind()) {
                case LIST -> {
                    expression(comp.element());
                    emit(Opcode.LIST_APPEND, depth);
                }
                case SET -> {
                    expression(comp.element());
                    emit(Opcode.SET_ADD, depth);
                }
                case DICT -> {
                    expression(comp.element());
                    expression(comp.value());
                    emit(Opcode.MAP_ADD, depth);
                }
                case GENERATOR -> {
                    sawYield = true;
                    expression(comp.element());
                    emit(Opcode.YIELD_VALUE);
                    emit(Opcode.POP_TOP);
                }
            }
        }
        emit(Opcode.JUMP, start);
        out.patchHere(exhausted);
    }

    private void fString(Expr.FString f) {
        for (Expr part : f.parts()) {
            if (part instanceof Expr.FormattedValue v) {
                expression(v.value());
                int arg = v.conversion();
                if (v.spec() != null) {
                    fString((Expr.FString) v.spec());
                    arg |= 0x10000;
                }
                out.setLine(v.line());
                emit(Opcode.FORMAT_VALUE, arg);
            } else {
                expression(part);
            }
        }
        if (f.parts().size() != 1 || !(f.parts().get(0) instanceof Expr.FormattedValue)) {
            emit(Opcode.BUILD_STRING, f.parts().size());
        }
    }
}
