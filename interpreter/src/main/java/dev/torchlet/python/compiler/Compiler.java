package dev.torchlet.python.compiler;

import dev.torchlet.python.ast.Expr;
import dev.torchlet.python.ast.Stmt;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** AST → bytecode for a module body. */
public final class Compiler {
    private final List<Opcode> opcodes = new ArrayList<>();
    private final List<Integer> args = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final List<Boolean> statementStarts = new ArrayList<>();
    private final List<PyObject> constants = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> operators = new ArrayList<>();
    private final List<LoopLabels> loops = new ArrayList<>();
    private boolean nextStartsStatement;
    private int line;
    /** How many with-blocks enclose the code being compiled (in this function). */
    private int withDepth;

    /** Where {@code continue} goes, the jumps {@code break} left to patch, and whether an iterator sits on the stack. */
    private record LoopLabels(int continueTarget, List<Integer> breakJumps, boolean hasIterator, int withDepth) {
    }

    /** Jumping out of with-blocks (break, continue, return) exits their context managers first. */
    private void exitWithBlocksDownTo(int depth) {
        for (int i = withDepth; i > depth; i--) {
            emit(Opcode.POP_WITH, 0);
        }
    }

    private final String filename;
    private final boolean inFunction;

    private Compiler(String filename, boolean inFunction) {
        this.filename = filename;
        this.inFunction = inFunction;
    }

    public static CodeObject compileModule(List<Stmt> body, String filename) {
        Compiler c = new Compiler(filename, false);
        c.body(body);
        return c.finish("<module>", List.of(), null);
    }

    private static CodeObject compileFunction(Stmt.FunctionDef def, String filename) {
        Compiler c = new Compiler(filename, true);
        c.body(def.body());
        c.line = def.body().isEmpty() ? def.line() : def.body().get(def.body().size() - 1).line();
        c.emit(Opcode.LOAD_CONST, c.constant(PyNone.NONE));
        c.emit(Opcode.RETURN_VALUE, 0);
        List<String> parameters = new ArrayList<>();
        def.parameters().forEach(p -> parameters.add(p.name()));
        Set<String> locals = new LinkedHashSet<>(parameters);
        LocalNames.collect(def.body(), locals);
        return c.finish(def.name(), parameters, locals);
    }

    private CodeObject finish(String name, List<String> parameters, Set<String> localNames) {
        Compiler c = this;
        int n = c.opcodes.size();
        Opcode[] ops = c.opcodes.toArray(new Opcode[0]);
        int[] argArray = new int[n];
        int[] lineArray = new int[n];
        boolean[] starts = new boolean[n];
        for (int i = 0; i < n; i++) {
            argArray[i] = c.args.get(i);
            lineArray[i] = c.lines.get(i);
            starts[i] = c.statementStarts.get(i);
        }
        return new CodeObject(filename, name, List.copyOf(parameters), localNames, ops, argArray, lineArray, starts,
                List.copyOf(c.constants), List.copyOf(c.names), List.copyOf(c.operators));
    }

    private void emit(Opcode op, int arg) {
        opcodes.add(op);
        args.add(arg);
        lines.add(line);
        statementStarts.add(nextStartsStatement);
        nextStartsStatement = false;
    }

    /** The index of the next instruction. */
    private int here() {
        return opcodes.size();
    }

    /** Emits a jump whose target is patched later; returns its index. */
    private int emitJump(Opcode op) {
        emit(op, -1);
        return opcodes.size() - 1;
    }

    private void patch(int jump, int target) {
        args.set(jump, target);
    }

    private void body(List<Stmt> statements) {
        for (Stmt s : statements) {
            statement(s);
        }
    }

    private int name(String n) {
        int i = names.indexOf(n);
        if (i < 0) {
            names.add(n);
            i = names.size() - 1;
        }
        return i;
    }

    private int operator(String op) {
        int i = operators.indexOf(op);
        if (i < 0) {
            operators.add(op);
            i = operators.size() - 1;
        }
        return i;
    }

    private int constant(PyObject value) {
        constants.add(value);
        return constants.size() - 1;
    }

    private void statement(Stmt s) {
        line = s.line();
        nextStartsStatement = true;
        switch (s) {
            case Stmt.ExprStmt e -> {
                expression(e.value());
                emit(Opcode.POP_TOP, 0);
            }
            case Stmt.Assign a -> {
                expression(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) {
                        emit(Opcode.DUP_TOP, 0);
                    }
                    store(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augmentedAssignment(a);
            case Stmt.Import imp -> {
                for (Stmt.Alias alias : imp.names()) {
                    if (alias.asName() == null) {
                        emit(Opcode.IMPORT_NAME, name(alias.name()));
                        String top = alias.name().contains(".") ? alias.name().substring(0, alias.name().indexOf('.')) : alias.name();
                        emit(Opcode.STORE_NAME, name(top));
                    } else {
                        emit(Opcode.IMPORT_MODULE, name(alias.name()));
                        emit(Opcode.STORE_NAME, name(alias.asName()));
                    }
                }
            }
            case Stmt.ImportFrom from -> {
                emit(Opcode.IMPORT_MODULE, name(from.module()));
                for (Stmt.Alias alias : from.names()) {
                    emit(Opcode.IMPORT_FROM, name(alias.name()));
                    emit(Opcode.STORE_NAME, name(alias.asName() != null ? alias.asName() : alias.name()));
                }
                emit(Opcode.POP_TOP, 0);
            }
            case Stmt.If i -> {
                expression(i.test());
                int toElse = emitJump(Opcode.POP_JUMP_IF_FALSE);
                body(i.body());
                int toEnd = emitJump(Opcode.JUMP);
                patch(toElse, here());
                body(i.orElse());
                patch(toEnd, here());
            }
            case Stmt.While w -> {
                int start = here();
                expression(w.test());
                int toElse = emitJump(Opcode.POP_JUMP_IF_FALSE);
                loop(new LoopLabels(start, new ArrayList<>(), false, withDepth), w.body(), w.orElse(), toElse, w.line());
            }
            case Stmt.For f -> {
                expression(f.iterable());
                emit(Opcode.GET_ITER, 0);
                int start = here();
                int exhausted = emitJump(Opcode.FOR_ITER);
                emit(Opcode.STORE_NAME, name(f.target().id()));
                loop(new LoopLabels(start, new ArrayList<>(), true, withDepth), f.body(), f.orElse(), exhausted, f.line());
            }
            case Stmt.Break b -> {
                LoopLabels loop = innermostLoop("'break' outside loop", b.line());
                exitWithBlocksDownTo(loop.withDepth());
                if (loop.hasIterator()) {
                    emit(Opcode.POP_TOP, 0);
                }
                loop.breakJumps().add(emitJump(Opcode.JUMP));
            }
            case Stmt.Continue c -> {
                LoopLabels loop = innermostLoop("'continue' not properly in loop", c.line());
                exitWithBlocksDownTo(loop.withDepth());
                emit(Opcode.JUMP, loop.continueTarget());
            }
            case Stmt.With w -> {
                expression(w.context());
                emit(Opcode.SETUP_WITH, 0);
                if (w.asName() == null) {
                    emit(Opcode.POP_TOP, 0);
                } else {
                    emit(Opcode.STORE_NAME, name(w.asName()));
                }
                withDepth++;
                body(w.body());
                withDepth--;
                line = w.line();
                emit(Opcode.POP_WITH, 0);
            }
            case Stmt.FunctionDef def -> {
                if (inFunction) {
                    throw new dev.torchlet.python.PythonSyntaxError("functions inside functions are not supported by Torchlet yet",
                            def.line(), 0);
                }
                int defaults = 0;
                for (Stmt.Parameter parameter : def.parameters()) {
                    if (parameter.defaultValue() != null) {
                        expression(parameter.defaultValue());
                        defaults++;
                    }
                }
                line = def.line();
                emit(Opcode.LOAD_CONST, constant(new CodeConstant(compileFunction(def, filename))));
                emit(Opcode.MAKE_FUNCTION, defaults);
                emit(Opcode.STORE_NAME, name(def.name()));
            }
            case Stmt.Return r -> {
                if (!inFunction) {
                    throw new dev.torchlet.python.PythonSyntaxError("'return' outside function", r.line(), 0);
                }
                if (r.value() == null) {
                    emit(Opcode.LOAD_CONST, constant(PyNone.NONE));
                } else {
                    expression(r.value());
                }
                exitWithBlocksDownTo(0);
                emit(Opcode.RETURN_VALUE, 0);
            }
            case Stmt.Pass p -> {
                // Nothing to run; the statement still gets a place the debugger can stop at.
                emit(Opcode.LOAD_CONST, constant(PyNone.NONE));
                emit(Opcode.POP_TOP, 0);
            }
        }
    }

    /** A loop's body, the jump back to its start, its else clause (where {@code exit} lands) and its breaks. */
    private void loop(LoopLabels labels, List<Stmt> body, List<Stmt> orElse, int exit, int loopLine) {
        loops.add(labels);
        body(body);
        loops.remove(loops.size() - 1);
        line = loopLine;
        emit(Opcode.JUMP, labels.continueTarget());
        patch(exit, here());
        body(orElse);
        labels.breakJumps().forEach(j -> patch(j, here()));
    }

    /** Reads the target once, applies the in-place operator, stores the result back to the same place. */
    private void augmentedAssignment(Stmt.AugAssign a) {
        switch (a.target()) {
            case Expr.Name n -> {
                emit(Opcode.LOAD_NAME, name(n.id()));
                expression(a.value());
                emit(Opcode.INPLACE_OP, operator(a.op()));
                emit(Opcode.STORE_NAME, name(n.id()));
            }
            case Expr.Attribute at -> {
                expression(at.object());
                emit(Opcode.DUP_TOP, 0);
                emit(Opcode.LOAD_ATTR, name(at.name()));
                expression(a.value());
                emit(Opcode.INPLACE_OP, operator(a.op()));
                emit(Opcode.ROT_TWO, 0);
                emit(Opcode.STORE_ATTR, name(at.name()));
            }
            case Expr.Subscript sub -> {
                expression(sub.object());
                expression(sub.index());
                emit(Opcode.DUP_TOP_TWO, 0);
                emit(Opcode.BINARY_SUBSCR, 0);
                expression(a.value());
                emit(Opcode.INPLACE_OP, operator(a.op()));
                emit(Opcode.ROT_THREE, 0);
                emit(Opcode.STORE_SUBSCR, 0);
            }
            default -> throw new IllegalStateException("parser admits only names, attributes and subscripts");
        }
    }

    private LoopLabels innermostLoop(String error, int errorLine) {
        if (loops.isEmpty()) {
            throw new dev.torchlet.python.PythonSyntaxError(error, errorLine, 0);
        }
        return loops.get(loops.size() - 1);
    }

    private void store(Expr target) {
        switch (target) {
            case Expr.Name n -> emit(Opcode.STORE_NAME, name(n.id()));
            case Expr.Attribute a -> {
                expression(a.object());
                emit(Opcode.STORE_ATTR, name(a.name()));
            }
            case Expr.Subscript sub -> {
                expression(sub.object());
                expression(sub.index());
                emit(Opcode.STORE_SUBSCR, 0);
            }
            default -> throw new IllegalStateException("parser admits only names and attributes as targets");
        }
    }

    private void expression(Expr e) {
        switch (e) {
            case Expr.Name n -> emit(Opcode.LOAD_NAME, name(n.id()));
            case Expr.Constant c -> emit(Opcode.LOAD_CONST, constant(constantValue(c.value())));
            case Expr.Attribute a -> {
                expression(a.object());
                emit(Opcode.LOAD_ATTR, name(a.name()));
            }
            case Expr.BinaryOp b -> {
                expression(b.left());
                expression(b.right());
                line = b.line();
                emit(Opcode.BINARY_OP, operator(b.op()));
            }
            case Expr.UnaryOp u -> {
                expression(u.operand());
                emit(Opcode.UNARY_OP, operator(u.op()));
            }
            case Expr.Not n -> {
                expression(n.operand());
                emit(Opcode.UNARY_NOT, 0);
            }
            case Expr.BoolOp b -> {
                List<Integer> exits = new ArrayList<>();
                for (int i = 0; i < b.values().size(); i++) {
                    expression(b.values().get(i));
                    if (i < b.values().size() - 1) {
                        exits.add(emitJump(b.op().equals("and") ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP));
                    }
                }
                exits.forEach(j -> patch(j, here()));
            }
            case Expr.Compare c -> compare(c);
            case Expr.Subscript sub -> {
                expression(sub.object());
                expression(sub.index());
                line = sub.line();
                emit(Opcode.BINARY_SUBSCR, 0);
            }
            case Expr.Slice slice -> {
                for (Expr part : new Expr[] {slice.lower(), slice.upper(), slice.step()}) {
                    if (part == null) {
                        emit(Opcode.LOAD_CONST, constant(PyNone.NONE));
                    } else {
                        expression(part);
                    }
                }
                emit(Opcode.BUILD_SLICE, 0);
            }
            case Expr.ListDisplay l -> {
                l.items().forEach(this::expression);
                emit(Opcode.BUILD_LIST, l.items().size());
            }
            case Expr.TupleDisplay t -> {
                t.items().forEach(this::expression);
                emit(Opcode.BUILD_TUPLE, t.items().size());
            }
            case Expr.Call call -> {
                expression(call.function());
                call.args().forEach(this::expression);
                List<PyObject> keywordNames = new ArrayList<>();
                for (Expr.Keyword k : call.keywords()) {
                    expression(k.value());
                    keywordNames.add(new PyStr(k.name()));
                }
                line = call.line();
                if (!keywordNames.isEmpty()) {
                    emit(Opcode.KW_NAMES, constant(PySequence.tuple(keywordNames)));
                }
                emit(Opcode.CALL, call.args().size() + call.keywords().size());
            }
        }
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
                emit(Opcode.DUP_TOP, 0);
                emit(Opcode.ROT_THREE, 0);
            }
            emit(Opcode.COMPARE_OP, operator(c.ops().get(i)));
            if (i < last) {
                cleanups.add(emitJump(Opcode.JUMP_IF_FALSE_OR_POP));
            }
        }
        if (!cleanups.isEmpty()) {
            int toEnd = emitJump(Opcode.JUMP);
            cleanups.forEach(j -> patch(j, here()));
            emit(Opcode.ROT_TWO, 0);
            emit(Opcode.POP_TOP, 0);
            patch(toEnd, here());
        }
    }

    private static PyObject constantValue(Object value) {
        if (value == null) {
            return PyNone.NONE;
        }
        if (value instanceof PyObject constant) {
            return constant;
        }
        if (value instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (value instanceof Long l) {
            return PyInt.of(l);
        }
        if (value instanceof Double d) {
            return new PyFloat(d);
        }
        return new PyStr((String) value);
    }
}
