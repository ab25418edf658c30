package dev.torchlet.python.vm;

import dev.torchlet.python.compiler.CodeConstant;
import dev.torchlet.python.compiler.CodeObject;
import dev.torchlet.python.compiler.Opcode;
import dev.torchlet.python.runtime.Comparisons;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyBoundMethod;
import dev.torchlet.python.runtime.PyDict;
import dev.torchlet.python.runtime.PyInstance;
import dev.torchlet.python.runtime.PyIterator;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PySet;
import dev.torchlet.python.runtime.PySlice;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PyType;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One running program: a stack of frames run by one loop (a Python call is a new frame, not a
 * Java call). The host runs it in slices ({@link #run(long)} with an instruction budget) so a
 * browser worker stays responsive and a debugger can stop before each statement;
 * {@link #cancel()} raises KeyboardInterrupt at the next instruction.
 *
 * <p>Java code that calls a Python function (a special method, a sort key, a generator being
 * iterated) runs it in a <em>nested run</em> of the same loop, to completion: nested runs do not
 * pause or yield to the budget, but they see cancellation.
 */
public final class Execution {
    /** Python's default recursion limit. */
    private static final int MAX_DEPTH = 1000;
    /**
     * Python code that Java code calls (a special method behind an operator, a hook, a generator
     * step) runs in a nested run, which takes Java stack as well: recursion through such calls
     * ({@code def __mul__(self, k): return self * k}) stops here with Python's RecursionError
     * long before the Java stack (or the browser's Wasm stack) runs out.
     */
    private static final int MAX_NESTED_RUNS = 200;
    private int nestedRuns;
    private static final ThreadLocal<Execution> CURRENT = new ThreadLocal<>();

    private final Map<String, PyObject> globals;
    private final Map<String, PyObject> builtins;
    private final ModuleLoader modules;
    private final List<Frame> frames = new ArrayList<>();
    private static final int CLOCK_CHECK_INTERVAL = 4096;
    /** Exceptions being handled (in except/finally clauses), innermost last: bare raise and chaining read it. */
    private final List<PythonException> handling = new ArrayList<>();
    private Frame frame;
    private RunStatus status;
    private String traceback;
    private boolean cancelled;
    /** System.nanoTime() past which the program raises TimeoutError; 0 when it has no time limit. */
    private long deadlineNanos;
    private long timeLimitMillis;
    private int instructionsSinceClockCheck;
    private boolean stepMode;
    private boolean resumingAtStatement;

    Execution(CodeObject code, Map<String, PyObject> globals, Map<String, PyObject> builtins, ModuleLoader modules) {
        this.globals = globals;
        this.builtins = builtins;
        this.modules = modules;
        this.status = RunStatus.BUDGET_USED;
        if (code != null) {
            Frame module = new Frame(code, globals, globals, List.of(), null);
            // Nothing resumes after the module returns.
            module.boundary = true;
            pushFrame(module);
        }
    }

    /** The execution running on this thread (the one Java code called from Python belongs to). */
    static Execution current() {
        Execution e = CURRENT.get();
        if (e == null) {
            throw new IllegalStateException("Python code can only be called while a program runs");
        }
        return e;
    }

    /** The running program's builtin {@code name} (e.g. {@code open}, which reaches its file system), or null. */
    PyObject builtin(String name) {
        return builtins.get(name);
    }

    /** A program that did not compile: it has failed before running. */
    static Execution failed(String traceback) {
        Execution e = new Execution(null, null, null, null);
        e.status = RunStatus.FAILED;
        e.traceback = traceback;
        return e;
    }

    /** When on, {@link #run(long)} returns {@link RunStatus#PAUSED} before each statement. */
    public void setStepMode(boolean on) {
        stepMode = on;
    }

    /**
     * Gives the program a wall-clock limit from now: past it, the program raises TimeoutError at
     * its next instruction (checked every few thousand instructions, so the check costs nothing).
     */
    public void setTimeLimit(long millis) {
        deadlineNanos = System.nanoTime() + millis * 1_000_000L;
        timeLimitMillis = millis;
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

    /**
     * The variables a debugger shows at the current point: the innermost frame's own variables
     * (a function's locals, or the module's globals), in the order they were first assigned.
     */
    public Map<String, PyObject> visibleVariables() {
        return frame == null ? Map.of() : java.util.Collections.unmodifiableMap(frame.locals);
    }

    /** One running call, for a call-stack view. */
    public record StackEntry(String function, int line) {
    }

    /** The running frames, outermost first. */
    public List<StackEntry> callStack() {
        List<StackEntry> entries = new ArrayList<>();
        for (Frame f : frames) {
            entries.add(new StackEntry(f.code.name(), f.line()));
        }
        return entries;
    }

    /**
     * Where the running program's frame {@code depth} calls out from the innermost one stands
     * (warnings name their caller's line); null past the outermost frame.
     */
    public static PythonException.TracebackEntry frameLocation(int depth) {
        Execution e = current();
        int index = e.frames.size() - 1 - depth;
        return index < 0 ? null : e.entry(e.frames.get(index));
    }

    /** Runs at most {@code budget} instructions. */
    public RunStatus run(long budget) {
        if (status == RunStatus.FINISHED || status == RunStatus.FAILED) {
            return status;
        }
        Execution previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return status = execute(0, budget);
        } catch (PythonException e) {
            if (e.isInstanceOf(dev.torchlet.python.runtime.ExceptionTypes.get("SystemExit"))) {
                // sys.exit(): the program ends where it asked to, without a traceback.
                return status = RunStatus.FINISHED;
            }
            traceback = e.formatTraceback();
            return status = RunStatus.FAILED;
        } finally {
            CURRENT.set(previous);
        }
    }

    /**
     * Runs instructions until the frame stack is back to {@code stopDepth} frames. At the top
     * level ({@code stopDepth == 0}) it honours the budget and step mode; an exception no frame
     * handles is thrown to the caller.
     */
    private RunStatus execute(int stopDepth, long budget) {
        boolean topLevel = stopDepth == 0;
        long executed = 0;
        while (frames.size() > stopDepth) {
            if (topLevel) {
                if (stepMode && frame.code.statementStarts()[frame.pc] && !resumingAtStatement) {
                    resumingAtStatement = true;
                    return RunStatus.PAUSED;
                }
                resumingAtStatement = false;
                if (executed++ >= budget) {
                    return RunStatus.BUDGET_USED;
                }
            }
            if (dev.torchlet.engine.autograd.GraphEvents.active() && frame.code.statementStarts()[frame.pc]) {
                // Graph nodes created by this statement carry its place, for the graph visualizer.
                dev.torchlet.engine.autograd.GraphEvents.setSourceTag(frame.code.filename() + ":" + frame.code.lines()[frame.pc]);
            }
            try {
                if (cancelled) {
                    cancelled = false;
                    throw interruptBeforeInstruction(PythonException.of("KeyboardInterrupt", ""));
                }
                if (deadlineNanos != 0 && ++instructionsSinceClockCheck >= CLOCK_CHECK_INTERVAL) {
                    instructionsSinceClockCheck = 0;
                    if (System.nanoTime() - deadlineNanos > 0) {
                        deadlineNanos = 0;
                        throw interruptBeforeInstruction(PythonException.of("TimeoutError", "the program ran past its time limit of "
                                + timeLimitMillis / 1000.0 + " s"));
                    }
                }
                if (frame.pendingThrow != null) {
                    PythonException thrown = frame.pendingThrow;
                    frame.pendingThrow = null;
                    throw thrown;
                }
                step();
            } catch (RuntimeException e) {
                PythonException error = HostErrors.toPython(e);
                if (!handling.isEmpty()) {
                    error.setContextIfAbsent(handling.get(handling.size() - 1));
                }
                unwind(error, stopDepth);
            }
        }
        return RunStatus.FINISHED;
    }

    /** Finds the handler for {@code error}: a block of this frame or, frame by frame, a caller's; else throws it. */
    private void unwind(PythonException error, int stopDepth) {
        while (true) {
            error.addFrame(frame, entry(frame));
            while (!frame.blocks.isEmpty()) {
                Frame.Block block = frame.blocks.remove(frame.blocks.size() - 1);
                truncate(frame.stack, block.stackDepth());
                truncate(handling, block.handlingDepth());
                switch (block.kind()) {
                    case EXCEPT -> {
                        handling.add(error);
                        frame.stack.add(error.value());
                        frame.pc = block.handler();
                        return;
                    }
                    case FINALLY -> {
                        handling.add(error);
                        frame.pc = block.handler();
                        return;
                    }
                    case WITH -> {
                        try {
                            if (block.context().exit(error)) {
                                frame.pc = block.handler();
                                return;
                            }
                        } catch (RuntimeException fromExit) {
                            PythonException replacement = HostErrors.toPython(fromExit);
                            replacement.setContextIfAbsent(error);
                            error = replacement;
                            error.addFrame(frame, entry(frame));
                        }
                    }
                }
            }
            truncate(handling, frame.handlingBase);
            Frame dead = popFrame();
            if (dead.generator != null) {
                dead.generator.finish();
            }
            if (frames.size() <= stopDepth) {
                throw error;
            }
        }
    }

    /**
     * An interrupt raised before the instruction at pc runs: the pc steps over it, so the traceback
     * names that instruction's line (a frame's line is its last instruction's); the exception
     * leaves the instruction for a handler or the caller, so it never resumes there.
     */
    private PythonException interruptBeforeInstruction(PythonException interrupt) {
        frame.pc++;
        return interrupt;
    }

    private static <T> void truncate(List<T> list, int size) {
        while (list.size() > size) {
            list.remove(list.size() - 1);
        }
    }

    private PythonException.TracebackEntry entry(Frame f) {
        int line = f.line();
        return new PythonException.TracebackEntry(f.code.filename(), line, f.code.name(), f.code.source().stripped(line));
    }

    private void pushFrame(Frame f) {
        int shift = handling.size() - f.handlingBase;
        f.handlingBase = handling.size();
        if (!f.suspendedHandling.isEmpty() || shift != 0) {
            // A resumed generator: its exceptions come back, and its blocks' depths move with the new base.
            handling.addAll(f.suspendedHandling);
            f.suspendedHandling = List.of();
            for (int i = 0; i < f.blocks.size(); i++) {
                Frame.Block b = f.blocks.get(i);
                f.blocks.set(i, new Frame.Block(b.kind(), b.handler(), b.stackDepth(), b.handlingDepth() + shift, b.context()));
            }
        }
        frames.add(f);
        frame = f;
    }

    private Frame popFrame() {
        Frame dead = frames.remove(frames.size() - 1);
        frame = frames.isEmpty() ? null : frames.get(frames.size() - 1);
        return dead;
    }

    /** Java calling a Python function: runs it to its return in a nested run. */
    PyObject callFromJava(PyFunction function, List<PyObject> args, Map<String, PyObject> kwargs) {
        Frame f = functionFrame(function, args, kwargs);
        if (function.code().isGenerator()) {
            return new PyGenerator(f);
        }
        return runNested(f);
    }

    private PyObject runNested(Frame f) {
        checkDepth();
        f.boundary = true;
        runToBoundary(f);
        return f.returnValue;
    }

    private void runToBoundary(Frame f) {
        if (nestedRuns >= MAX_NESTED_RUNS) {
            throw PythonException.of("RecursionError", "maximum recursion depth exceeded");
        }
        nestedRuns++;
        try {
            int stopDepth = frames.size();
            pushFrame(f);
            execute(stopDepth, Long.MAX_VALUE);
        } finally {
            nestedRuns--;
        }
    }

    /** {@code exec()}/{@code eval()}: compiled source runs in a nested run with these namespaces; returns its value. */
    PyObject runSource(CodeObject code, Map<String, PyObject> globals, Map<String, PyObject> locals) {
        return runNested(new Frame(code, locals, globals, List.of(), null));
    }

    /** The globals of the Python code that called the running built-in. */
    Map<String, PyObject> callerGlobals() {
        return frame.globals;
    }

    /** The local variables of the Python code that called the running built-in (its globals at module level). */
    Map<String, PyObject> callerLocals() {
        return frame.locals;
    }

    /** An import of a module written in Python: its body runs to the end in a nested run. */
    void runModuleBody(CodeObject code, Map<String, PyObject> namespace) {
        runNested(new Frame(code, namespace, namespace, List.of(), null));
    }

    /** Runs a generator's frame to its next yield or its end (see {@link PyGenerator}). */
    void resumeGenerator(PyGenerator generator) {
        Frame f = generator.frame();
        checkDepth();
        f.boundary = true;
        runToBoundary(f);
    }

    private void checkDepth() {
        if (frames.size() >= MAX_DEPTH) {
            throw PythonException.of("RecursionError", "maximum recursion depth exceeded");
        }
    }

    private Frame functionFrame(PyFunction function, List<PyObject> args, Map<String, PyObject> kwargs) {
        return new Frame(function.code(), function.bind(args, kwargs), function.globals(), function.closure(), function);
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

    /** Pops {@code count} values, first pushed first. */
    private List<PyObject> popN(int count) {
        List<PyObject> stack = frame.stack;
        List<PyObject> items = new ArrayList<>(stack.subList(stack.size() - count, stack.size()));
        stack.subList(stack.size() - count, stack.size()).clear();
        return items;
    }

    private void step() {
        Frame f = frame;
        CodeObject code = f.code;
        List<PyObject> stack = f.stack;
        int arg = code.args()[f.pc];
        Opcode op = code.opcodes()[f.pc++];
        switch (op) {
            case LOAD_CONST -> push(code.constants().get(arg));
            case LOAD_NAME -> {
                String n = name(arg);
                PyObject value = f.locals.get(n);
                push(value != null ? value : loadGlobal(f, n));
            }
            case STORE_NAME, STORE_FAST -> f.locals.put(name(arg), pop());
            case DELETE_NAME -> {
                if (f.locals.remove(name(arg)) == null) {
                    throw nameError(name(arg));
                }
            }
            case LOAD_FAST -> {
                PyObject value = f.locals.get(name(arg));
                if (value == null) {
                    throw PythonException.of("UnboundLocalError", "cannot access local variable '" + name(arg)
                            + "' where it is not associated with a value");
                }
                push(value);
            }
            case DELETE_FAST -> {
                if (f.locals.remove(name(arg)) == null) {
                    throw PythonException.of("UnboundLocalError", "cannot access local variable '" + name(arg)
                            + "' where it is not associated with a value");
                }
            }
            case LOAD_GLOBAL -> push(loadGlobal(f, name(arg)));
            case STORE_GLOBAL -> f.globals.put(name(arg), pop());
            case DELETE_GLOBAL -> {
                if (f.globals.remove(name(arg)) == null) {
                    throw nameError(name(arg));
                }
            }
            case LOAD_DEREF -> {
                String n = f.code.names().get(CodeObject.derefName(arg));
                PyObject value = f.closure.get(CodeObject.derefDepth(arg)).get(n);
                if (value == null) {
                    throw PythonException.of("NameError", "cannot access free variable '" + n
                            + "' where it is not associated with a value in enclosing scope");
                }
                push(value);
            }
            case STORE_DEREF -> f.closure.get(CodeObject.derefDepth(arg)).put(f.code.names().get(CodeObject.derefName(arg)), pop());
            case DELETE_DEREF -> f.closure.get(CodeObject.derefDepth(arg)).remove(f.code.names().get(CodeObject.derefName(arg)));
            case LOAD_ATTR -> push(pop().getAttribute(name(arg)));
            case STORE_ATTR -> {
                PyObject target = pop();
                target.setAttribute(name(arg), pop());
            }
            case DELETE_ATTR -> pop().deleteAttribute(name(arg));
            case POP_TOP -> pop();
            case DUP_TOP -> push(top());
            case DUP_TOP_TWO -> {
                PyObject top = stack.get(stack.size() - 1);
                PyObject second = stack.get(stack.size() - 2);
                push(second);
                push(top);
            }
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
            case BINARY_OP -> {
                PyObject right = pop();
                PyObject left = pop();
                push(Operators.binary(code.operators().get(arg), left, right));
            }
            case UNARY_OP -> push(pop().unaryOp(code.operators().get(arg)));
            case UNARY_NOT -> push(PyBool.of(!pop().isTruthy()));
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
            case KW_NAMES -> f.pendingKeywordNames = (PySequence) code.constants().get(arg);
            case CALL -> call(arg);
            case CALL_EX -> {
                Map<String, PyObject> kwargs = arg == 1 ? keywordMap(pop()) : new LinkedHashMap<>();
                List<PyObject> args = ((PySequence) pop()).items();
                invoke(pop(), args, kwargs);
            }
            case BUILD_LIST -> push(PySequence.list(popN(arg)));
            case BUILD_TUPLE -> push(PySequence.tuple(popN(arg)));
            case BUILD_SET -> {
                PySet set = new PySet(false);
                popN(arg).forEach(set::add);
                push(set);
            }
            case BUILD_MAP -> {
                List<PyObject> items = popN(2 * arg);
                PyDict dict = new PyDict();
                for (int i = 0; i < items.size(); i += 2) {
                    dict.setItem(items.get(i), items.get(i + 1));
                }
                push(dict);
            }
            case LIST_APPEND -> {
                PyObject value = pop();
                ((PySequence) stack.get(stack.size() - arg)).items().add(value);
            }
            case SET_ADD -> {
                PyObject value = pop();
                ((PySet) stack.get(stack.size() - arg)).add(value);
            }
            case MAP_ADD -> {
                PyObject value = pop();
                PyObject key = pop();
                stack.get(stack.size() - arg).setItem(key, value);
            }
            case LIST_EXTEND -> {
                PyIterator items = pop().iterate();
                List<PyObject> list = ((PySequence) stack.get(stack.size() - arg)).items();
                while (items.hasNext()) {
                    list.add(items.next());
                }
            }
            case SET_UPDATE -> {
                PyIterator items = pop().iterate();
                PySet set = (PySet) stack.get(stack.size() - arg);
                while (items.hasNext()) {
                    set.add(items.next());
                }
            }
            case DICT_UPDATE -> {
                PyObject mapping = pop();
                PyObject dict = stack.get(stack.size() - arg);
                PyIterator keys = mapping.iterate();
                while (keys.hasNext()) {
                    PyObject key = keys.next();
                    dict.setItem(key, mapping.getItem(key));
                }
            }
            case LIST_TO_TUPLE -> push(PySequence.tuple(((PySequence) pop()).items()));
            case UNPACK_SEQUENCE -> unpack(pop(), arg, -1);
            case UNPACK_EX -> unpack(pop(), arg & 0xFF, arg >> 8);
            case JUMP -> f.pc = arg;
            case POP_JUMP_IF_FALSE -> {
                if (!pop().isTruthy()) {
                    f.pc = arg;
                }
            }
            case POP_JUMP_IF_TRUE -> {
                if (pop().isTruthy()) {
                    f.pc = arg;
                }
            }
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                if (top().isTruthy() == (op == Opcode.JUMP_IF_TRUE_OR_POP)) {
                    f.pc = arg;
                } else {
                    pop();
                }
            }
            case GET_ITER -> push(pop().iterate());
            case FOR_ITER -> {
                PyIterator iterator = (PyIterator) top();
                if (iterator.hasNext()) {
                    push(iterator.next());
                } else {
                    pop();
                    f.pc = arg;
                }
            }
            case MAKE_FUNCTION -> makeFunction(arg);
            case BUILD_CLASS -> buildClass(arg);
            case SETUP_WITH -> {
                PyObject context = pop();
                PyObject entered = context.enter();
                f.blocks.add(new Frame.Block(Frame.Block.Kind.WITH, arg, stack.size(), handling.size(), context));
                push(entered);
            }
            case POP_WITH -> f.blocks.remove(f.blocks.size() - 1).context().exit(null);
            case SETUP_EXCEPT -> f.blocks.add(new Frame.Block(Frame.Block.Kind.EXCEPT, arg, stack.size(), handling.size(), null));
            case SETUP_FINALLY -> f.blocks.add(new Frame.Block(Frame.Block.Kind.FINALLY, arg, stack.size(), handling.size(), null));
            case POP_BLOCK -> f.blocks.remove(f.blocks.size() - 1);
            case CHECK_EXC_MATCH -> {
                PyObject cls = pop();
                push(PyBool.of(ExceptionMatching.matches(top(), cls)));
            }
            case POP_EXCEPT -> handling.remove(handling.size() - 1);
            case RERAISE -> {
                if (arg == 1) {
                    pop();
                }
                throw handling.remove(handling.size() - 1);
            }
            case RAISE -> raise(arg);
            case ASSERT_FAIL -> {
                PyObject message = arg == 1 ? pop() : null;
                PyType assertion = dev.torchlet.python.runtime.ExceptionTypes.get("AssertionError");
                throw PythonException.raised(message == null ? assertion.call(List.of(), Map.of())
                        : assertion.call(List.of(message), Map.of()));
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
            case SETUP_ANNOTATIONS -> {
                if (!f.locals.containsKey("__annotations__")) {
                    f.locals.put("__annotations__", new PyDict());
                }
            }
            case DELETE_SUBSCR -> {
                PyObject key = pop();
                pop().delItem(key);
            }
            case BUILD_SLICE -> {
                PyObject step = pop();
                PyObject upper = pop();
                push(new PySlice(pop(), upper, step));
            }
            case FORMAT_VALUE -> {
                PyObject spec = (arg & 0x10000) != 0 ? pop() : null;
                push(StringFormatting.formatField(pop(), (char) (arg & 0xFFFF), spec, builtins));
            }
            case BUILD_STRING -> {
                StringBuilder sb = new StringBuilder();
                popN(arg).forEach(part -> sb.append(((PyStr) part).value()));
                push(new PyStr(sb.toString()));
            }
            case YIELD_VALUE -> {
                PyObject value = pop();
                // What the yield expression evaluates to when the generator resumes: send() replaces it.
                push(PyNone.NONE);
                f.generator.yielded(value);
                f.suspendedHandling = new ArrayList<>(handling.subList(f.handlingBase, handling.size()));
                truncate(handling, f.handlingBase);
                popFrame();
            }
            case RETURN_VALUE -> returnValue(pop());
            case IMPORT_NAME -> {
                String dotted = name(arg);
                modules.load(dotted);
                int dot = dotted.indexOf('.');
                push(modules.load(dot < 0 ? dotted : dotted.substring(0, dot)));
            }
            case IMPORT_MODULE -> push(modules.load(name(arg)));
            case IMPORT_FROM -> {
                PyModule module = (PyModule) top();
                String attribute = name(arg);
                if (!module.has(attribute)) {
                    // from package import submodule: CPython imports the submodule (from torch.utils import data).
                    try {
                        modules.load(module.name() + "." + attribute);
                    } catch (PythonException notASubmodule) {
                        if (!notASubmodule.typeName().equals("ModuleNotFoundError")) {
                            throw notASubmodule;
                        }
                    }
                }
                if (!module.has(attribute)) {
                    throw PythonException.of("ImportError", "cannot import name '" + attribute + "' from '" + module.name() + "'");
                }
                push(module.getAttribute(attribute));
            }
        }
    }

    private PyObject loadGlobal(Frame f, String n) {
        PyObject value = f.globals.get(n);
        if (value == null) {
            value = builtins.get(n);
        }
        if (value == null) {
            throw nameError(n);
        }
        return value;
    }

    private static PythonException nameError(String n) {
        return PythonException.of("NameError", "name '" + n + "' is not defined");
    }

    private void returnValue(PyObject result) {
        Frame done = popFrame();
        if (done.generator != null) {
            done.generator.finish();
            return;
        }
        switch (done.completion) {
            case CONSTRUCT -> {
                if (result != PyNone.NONE) {
                    throw PythonException.of("TypeError", "__init__() should return None, not '" + result.typeName() + "'");
                }
                result = done.constructing;
            }
            case CLASS_BODY -> result = ClassCreation.create(done.className, done.classBases, done.locals);
            case VALUE -> {
            }
        }
        if (done.boundary) {
            done.returnValue = result;
        } else {
            push(result);
        }
    }

    private void makeFunction(int arg) {
        CodeObject body = ((CodeConstant) pop()).code();
        Map<String, PyObject> keywordDefaults = null;
        if ((arg & 0x10000) != 0) {
            keywordDefaults = keywordMap(pop());
        }
        List<PyObject> defaults = popN(arg & 0xFFFF);
        // A function closes over the scopes it is defined in: the defining function's locals and
        // what that function closes over. Class bodies are not scopes for the functions inside them.
        List<Map<String, PyObject>> closure = frame.closure;
        if (frame.code.kind() == CodeObject.Kind.FUNCTION) {
            closure = new ArrayList<>(frame.closure.size() + 1);
            closure.add(frame.locals);
            closure.addAll(frame.closure);
        }
        push(new PyFunction(body, defaults, keywordDefaults, closure, frame.globals));
    }

    private void buildClass(int baseCount) {
        List<PyObject> baseObjects = popN(baseCount);
        PyFunction body = (PyFunction) pop();
        List<PyType> bases = new ArrayList<>();
        for (PyObject base : baseObjects) {
            if (!(base instanceof PyType type)) {
                throw PythonException.of("TypeError", "bases must be types");
            }
            bases.add(type);
        }
        Map<String, PyObject> namespace = new LinkedHashMap<>();
        namespace.put("__module__", new PyStr("__main__"));
        namespace.put("__qualname__", new PyStr(body.code().name()));
        Frame classFrame = new Frame(body.code(), namespace, body.globals(), body.closure(), null);
        classFrame.completion = Frame.Completion.CLASS_BODY;
        classFrame.className = body.code().name();
        classFrame.classBases = bases;
        checkDepth();
        pushFrame(classFrame);
    }

    private void raise(int arg) {
        if (arg == 0) {
            if (handling.isEmpty()) {
                throw PythonException.of("RuntimeError", "No active exception to reraise");
            }
            throw handling.get(handling.size() - 1);
        }
        PyObject cause = arg == 2 ? pop() : null;
        PythonException error = PythonException.raised(ExceptionMatching.instantiate(pop()));
        if (cause != null) {
            if (cause == PyNone.NONE) {
                error.suppressContext();
            } else {
                error.setCause(PythonException.raised(ExceptionMatching.instantiate(cause)));
            }
        }
        throw error;
    }

    /** Unpacks an iterable into {@code before} values (and a starred list and {@code after} values when after >= 0). */
    private void unpack(PyObject iterable, int before, int after) {
        List<PyObject> items = new ArrayList<>();
        PyIterator it = iterable.iterate();
        while (it.hasNext()) {
            items.add(it.next());
        }
        if (after < 0) {
            if (items.size() != before) {
                throw PythonException.of("ValueError", items.size() < before
                        ? "not enough values to unpack (expected " + before + ", got " + items.size() + ")"
                        : "too many values to unpack (expected " + before + ")");
            }
            for (int i = items.size() - 1; i >= 0; i--) {
                push(items.get(i));
            }
            return;
        }
        if (items.size() < before + after) {
            throw PythonException.of("ValueError", "not enough values to unpack (expected at least " + (before + after)
                    + ", got " + items.size() + ")");
        }
        for (int i = items.size() - 1; i >= items.size() - after; i--) {
            push(items.get(i));
        }
        push(PySequence.list(new ArrayList<>(items.subList(before, items.size() - after))));
        for (int i = before - 1; i >= 0; i--) {
            push(items.get(i));
        }
    }

    private static Map<String, PyObject> keywordMap(PyObject mapping) {
        Map<String, PyObject> kwargs = new LinkedHashMap<>();
        PyIterator keys = mapping.iterate();
        while (keys.hasNext()) {
            PyObject key = keys.next();
            if (!(key instanceof PyStr s)) {
                throw PythonException.of("TypeError", "keywords must be strings");
            }
            kwargs.put(s.value(), mapping.getItem(key));
        }
        return kwargs;
    }

    private void call(int argc) {
        List<PyObject> stack = frame.stack;
        PySequence keywordNames = frame.pendingKeywordNames;
        frame.pendingKeywordNames = null;
        int keywordCount = keywordNames == null ? 0 : keywordNames.items().size();
        List<PyObject> all = popN(argc);
        Map<String, PyObject> kwargs = new LinkedHashMap<>();
        for (int i = 0; i < keywordCount; i++) {
            String keyword = ((PyStr) keywordNames.items().get(i)).value();
            if (kwargs.containsKey(keyword)) {
                throw PythonException.of("SyntaxError", "keyword argument repeated: " + keyword);
            }
            kwargs.put(keyword, all.get(argc - keywordCount + i));
        }
        PyObject function = stack.remove(stack.size() - 1);
        invoke(function, all.subList(0, argc - keywordCount), kwargs);
    }

    /**
     * Calls {@code callee}. Python functions, methods and classes with a Python {@code __init__}
     * get a new frame in this loop (so deep recursion is bounded by Python's limit, and the
     * debugger can step into them); anything else is called in Java and its result pushed.
     */
    private void invoke(PyObject callee, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (callee instanceof PyBoundMethod bound && bound.function() instanceof PyFunction function
                && !function.code().isGenerator()) {
            enter(functionFrame(function, bound.withSelf(args), kwargs));
            return;
        }
        if (callee instanceof PyFunction function && !function.code().isGenerator()) {
            enter(functionFrame(function, args, kwargs));
            return;
        }
        if (callee instanceof PyType type && !type.isBuiltin() && type.lookup("__init__") instanceof PyFunction init
                && type.customNew() == null) {
            PyObject instance = type.allocate();
            List<PyObject> withSelf = new ArrayList<>(args.size() + 1);
            withSelf.add(instance);
            withSelf.addAll(args);
            Frame f = functionFrame(init, withSelf, kwargs);
            f.completion = Frame.Completion.CONSTRUCT;
            f.constructing = instance;
            enter(f);
            return;
        }
        if (callee instanceof PyInstance instance && instance.type().lookup("__call__") instanceof PyFunction method
                && !method.code().isGenerator()) {
            List<PyObject> withSelf = new ArrayList<>(args.size() + 1);
            withSelf.add(instance);
            withSelf.addAll(args);
            enter(functionFrame(method, withSelf, kwargs));
            return;
        }
        if (callee == builtins.get("super") && args.isEmpty() && kwargs.isEmpty()) {
            push(zeroArgumentSuper());
            return;
        }
        PyObject result = callee.call(args, kwargs);
        push(result == null ? PyNone.NONE : result);
    }

    private void enter(Frame f) {
        checkDepth();
        pushFrame(f);
    }

    /** {@code super()} inside a method: the method's class and its first argument. */
    private PyObject zeroArgumentSuper() {
        PyFunction function = frame.function;
        if (function == null || function.ownerClass() == null) {
            throw PythonException.of("RuntimeError", "super(): no arguments");
        }
        List<String> parameters = function.code().signature().positional();
        PyObject self = parameters.isEmpty() ? null : frame.locals.get(parameters.get(0));
        if (self == null) {
            throw PythonException.of("RuntimeError", "super(): no arguments");
        }
        return new PySuper(function.ownerClass(), self);
    }
}
