package dev.torchlet.python.vm;

import dev.torchlet.python.compiler.CodeConstant;
import dev.torchlet.python.compiler.CodeObject;
import dev.torchlet.python.runtime.Comparisons;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyIterator;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PySlice;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One running program: its code, where it is and its value stack. The host runs it in slices
 * ({@link #run(long)} with an instruction budget) so a browser worker stays responsive and a
 * debugger can stop before each statement; {@link #cancel()} stops it at the next instruction.
 */
public final class Execution {
    /** Python's default recursion limit. */
    private static final int MAX_DEPTH = 1000;

    private final Map<String, PyObject> globals;
    private final Map<String, PyObject> builtins;
    private final ModuleLoader modules;
    private final SourceLines source;
    private final List<Frame> frames = new ArrayList<>();
    private Frame frame;
    private RunStatus status;
    private String traceback;
    private boolean cancelled;
    private boolean stepMode;
    private boolean resumingAtStatement;
    /** The execution running an instruction now, for native code that calls back into Python (tensor hooks). */
    private static Execution running;

    Execution(CodeObject code, Map<String, PyObject> globals, Map<String, PyObject> builtins, ModuleLoader modules,
              SourceLines source) {
        this.globals = globals;
        this.builtins = builtins;
        this.modules = modules;
        this.source = source;
        this.status = RunStatus.BUDGET_USED;
        if (code != null) {
            pushFrame(new Frame(code, globals));
        }
    }

    private void pushFrame(Frame f) {
        frames.add(f);
        frame = f;
    }

    /** A program that did not compile: it has failed before running. */
    static Execution failed(String traceback) {
        Execution e = new Execution(null, null, null, null, null);
        e.status = RunStatus.FAILED;
        e.traceback = traceback;
        return e;
    }

    /** When on, {@link #run(long)} returns {@link RunStatus#PAUSED} before each statement. */
    public void setStepMode(boolean on) {
        stepMode = on;
    }

    /** Asks the program to stop; it raises KeyboardInterrupt at its next instruction. */
    public void cancel() {
        cancelled = true;
    }

    public RunStatus status() {
        return status;
    }

    /** The Python traceback of a failed program, else null. */
    public String traceback() {
        return traceback;
    }

    /** The source line the program is at (the next statement when paused). */
    public int currentLine() {
        return frame == null || frame.pc >= frame.code.length() ? 0 : frame.code.lines()[frame.pc];
    }

    /** Runs at most {@code budget} instructions. */
    public RunStatus run(long budget) {
        if (status == RunStatus.FINISHED || status == RunStatus.FAILED) {
            return status;
        }
        long executed = 0;
        running = this;
        while (frame.pc < frame.code.length()) {
            if (stepMode && frame.code.statementStarts()[frame.pc] && !resumingAtStatement) {
                resumingAtStatement = true;
                return status = RunStatus.PAUSED;
            }
            resumingAtStatement = false;
            if (dev.torchlet.engine.autograd.GraphEvents.active() && frame.code.statementStarts()[frame.pc]) {
                // Graph nodes created by this statement carry its place, for the graph visualizer.
                dev.torchlet.engine.autograd.GraphEvents.setSourceTag(frame.code.filename() + ":" + frame.code.lines()[frame.pc]);
            }
            if (executed++ >= budget) {
                return status = RunStatus.BUDGET_USED;
            }
            try {
                if (cancelled) {
                    throw PythonException.of("KeyboardInterrupt", "");
                }
                step();
            } catch (RuntimeException e) {
                PythonException error = HostErrors.toPython(e);
                traceback = formatTraceback(error);
                exitAllWithBlocks(error);
                return status = RunStatus.FAILED;
            }
        }
        return status = RunStatus.FINISHED;
    }

    /** An uncaught exception leaves every with-block, innermost first, so no context stays entered. */
    private void exitAllWithBlocks(PythonException error) {
        for (int f = frames.size() - 1; f >= 0; f--) {
            List<PyObject> blocks = frames.get(f).withBlocks;
            while (!blocks.isEmpty()) {
                try {
                    blocks.remove(blocks.size() - 1).exit(error);
                } catch (RuntimeException ignored) {
                    // The original exception is the one reported.
                }
            }
        }
    }

    private PyObject pop() {
        return frame.stack.remove(frame.stack.size() - 1);
    }

    private void push(PyObject value) {
        frame.stack.add(value);
    }

    private PyObject top() {
        return frame.stack.get(frame.stack.size() - 1);
    }

    private String name(int index) {
        return frame.code.names().get(index);
    }

    private void step() {
        CodeObject code = frame.code;
        List<PyObject> stack = frame.stack;
        int arg = code.args()[frame.pc];
        switch (code.opcodes()[frame.pc++]) {
            case LOAD_CONST -> push(code.constants().get(arg));
            case LOAD_NAME -> push(lookup(name(arg)));
            case STORE_NAME -> frame.locals.put(name(arg), pop());
            case LOAD_ATTR -> push(pop().getAttribute(name(arg)));
            case STORE_ATTR -> {
                PyObject target = pop();
                target.setAttribute(name(arg), pop());
            }
            case POP_TOP -> pop();
            case DUP_TOP -> push(stack.get(stack.size() - 1));
            case BINARY_OP -> {
                PyObject right = pop();
                PyObject left = pop();
                push(Operators.binary(code.operators().get(arg), left, right));
            }
            case UNARY_OP -> push(pop().unaryOp(code.operators().get(arg)));
            case KW_NAMES -> frame.pendingKeywordNames = (PySequence) code.constants().get(arg);
            case CALL -> call(arg);
            case BUILD_LIST, BUILD_TUPLE -> {
                List<PyObject> items = new ArrayList<>(stack.subList(stack.size() - arg, stack.size()));
                stack.subList(stack.size() - arg, stack.size()).clear();
                push(code.opcodes()[frame.pc - 1] == dev.torchlet.python.compiler.Opcode.BUILD_LIST ? PySequence.list(items) : PySequence.tuple(items));
            }
            case COMPARE_OP -> {
                PyObject right = pop();
                PyObject left = pop();
                push(Comparisons.compare(code.operators().get(arg), left, right));
            }
            case INPLACE_OP -> {
                PyObject right = pop();
                PyObject left = pop();
                PyObject result = left.inplaceOp(code.operators().get(arg), right);
                push(result != null ? result : Operators.binary(code.operators().get(arg), left, right));
            }
            case DUP_TOP_TWO -> {
                PyObject top = stack.get(stack.size() - 1);
                PyObject second = stack.get(stack.size() - 2);
                push(second);
                push(top);
            }
            case UNARY_NOT -> push(PyBool.of(!pop().isTruthy()));
            case ROT_TWO -> {
                PyObject top = pop();
                PyObject second = pop();
                push(top);
                push(second);
            }
            case ROT_THREE -> {
                PyObject top = pop();
                PyObject second = pop();
                PyObject third = pop();
                push(top);
                push(third);
                push(second);
            }
            case JUMP -> frame.pc = arg;
            case POP_JUMP_IF_FALSE -> {
                if (!pop().isTruthy()) {
                    frame.pc = arg;
                }
            }
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                boolean jumpWhen = code.opcodes()[frame.pc - 1] == dev.torchlet.python.compiler.Opcode.JUMP_IF_TRUE_OR_POP;
                if (top().isTruthy() == jumpWhen) {
                    frame.pc = arg;
                } else {
                    pop();
                }
            }
            case GET_ITER -> push(pop().iterate());
            case FOR_ITER -> {
                PyIterator iterator = (PyIterator) stack.get(stack.size() - 1);
                if (iterator.hasNext()) {
                    push(iterator.next());
                } else {
                    pop();
                    frame.pc = arg;
                }
            }
            case BINARY_SUBSCR -> {
                PyObject key = pop();
                push(pop().getItem(key));
            }
            case STORE_SUBSCR -> {
                PyObject key = pop();
                PyObject container = pop();
                container.setItem(key, pop());
            }
            case BUILD_SLICE -> {
                PyObject step = pop();
                PyObject upper = pop();
                push(new PySlice(pop(), upper, step));
            }
            case SETUP_WITH -> {
                PyObject context = pop();
                PyObject entered = context.enter();
                frame.withBlocks.add(context);
                push(entered);
            }
            case POP_WITH -> frame.withBlocks.remove(frame.withBlocks.size() - 1).exit(null);
            case MAKE_FUNCTION -> {
                CodeObject body = ((CodeConstant) pop()).code();
                List<PyObject> defaults = new ArrayList<>(stack.subList(stack.size() - arg, stack.size()));
                stack.subList(stack.size() - arg, stack.size()).clear();
                push(new PyFunction(body, defaults));
            }
            case RETURN_VALUE -> {
                PyObject result = pop();
                frames.remove(frames.size() - 1);
                frame = frames.get(frames.size() - 1);
                push(result);
            }
            case IMPORT_NAME -> {
                String dotted = name(arg);
                modules.load(dotted);
                int dot = dotted.indexOf('.');
                push(modules.load(dot < 0 ? dotted : dotted.substring(0, dot)));
            }
            case IMPORT_MODULE -> push(modules.load(name(arg)));
            case IMPORT_FROM -> {
                PyModule module = (PyModule) stack.get(stack.size() - 1);
                String attribute = name(arg);
                if (!module.has(attribute)) {
                    throw PythonException.of("ImportError", "cannot import name '" + attribute + "' from '" + module.name() + "'");
                }
                push(module.getAttribute(attribute));
            }
        }
    }

    private PyObject lookup(String name) {
        if (!frame.code.isModule() && frame.code.localNames().contains(name)) {
            PyObject local = frame.locals.get(name);
            if (local == null) {
                throw PythonException.of("UnboundLocalError", "cannot access local variable '" + name
                        + "' where it is not associated with a value");
            }
            return local;
        }
        PyObject value = globals.get(name);
        if (value == null) {
            value = builtins.get(name);
        }
        if (value == null) {
            throw PythonException.of("NameError", "name '" + name + "' is not defined");
        }
        return value;
    }

    private void call(int argc) {
        List<PyObject> stack = frame.stack;
        PySequence pendingKeywordNames = frame.pendingKeywordNames;
        int keywordCount = pendingKeywordNames == null ? 0 : pendingKeywordNames.items().size();
        Map<String, PyObject> kwargs = new LinkedHashMap<>();
        List<PyObject> all = new ArrayList<>(stack.subList(stack.size() - argc, stack.size()));
        stack.subList(stack.size() - argc, stack.size()).clear();
        for (int i = 0; i < keywordCount; i++) {
            String keyword = ((PyStr) pendingKeywordNames.items().get(i)).value();
            if (kwargs.containsKey(keyword)) {
                throw PythonException.of("SyntaxError", "keyword argument repeated: " + keyword);
            }
            kwargs.put(keyword, all.get(argc - keywordCount + i));
        }
        frame.pendingKeywordNames = null;
        PyObject function = pop();
        List<PyObject> positional = all.subList(0, argc - keywordCount);
        if (function instanceof PyFunction python) {
            // A Python call is a new frame in this same loop, not a Java call: deep recursion
            // is bounded by Python's limit, never by the Java stack.
            if (frames.size() >= MAX_DEPTH) {
                throw PythonException.of("RecursionError", "maximum recursion depth exceeded");
            }
            pushFrame(new Frame(python.code(), python.bind(positional, kwargs)));
            return;
        }
        PyObject result = function.call(positional, kwargs);
        push(result == null ? PyNone.NONE : result);
    }

    /**
     * Runs a Python function called from native code (a tensor hook, a function handed to
     * gradcheck) to its return, in a frame of the running program, so its errors carry the
     * program's traceback. It runs without budget checks: callbacks are short.
     */
    static PyObject callFromNative(PyFunction function, List<PyObject> args, Map<String, PyObject> kwargs) {
        Execution e = running;
        if (e == null) {
            throw PythonException.of("RuntimeError", "a Python function was called outside a running program");
        }
        if (e.frames.size() >= MAX_DEPTH) {
            throw PythonException.of("RecursionError", "maximum recursion depth exceeded");
        }
        int depth = e.frames.size();
        e.pushFrame(new Frame(function.code(), function.bind(args, kwargs)));
        while (e.frames.size() > depth) {
            e.step();
        }
        return e.pop();
    }

    /** CPython's traceback; like CPython, a run of more than three identical entries is collapsed. */
    private String formatTraceback(PythonException e) {
        StringBuilder sb = new StringBuilder("Traceback (most recent call last):\n");
        String previous = null;
        int repeats = 0;
        int previousRepeats = 0;
        for (Frame f : frames) {
            int line = f.line();
            String entry = "  File \"" + f.code.filename() + "\", line " + line + ", in " + f.code.name() + "\n";
            String text = source.stripped(line);
            if (!text.isEmpty()) {
                entry += "    " + text + "\n";
            }
            repeats = entry.equals(previous) ? repeats + 1 : 0;
            if (repeats == 0) {
                appendRepeatNote(sb, previousRepeats);
            }
            previousRepeats = repeats;
            previous = entry;
            if (repeats < 3) {
                sb.append(entry);
            }
        }
        appendRepeatNote(sb, previousRepeats);
        return sb.append(e.describe()).append('\n').toString();
    }

    private static void appendRepeatNote(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
        }
    }
}
