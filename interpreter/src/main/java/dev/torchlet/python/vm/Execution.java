package dev.torchlet.python.vm;

import dev.torchlet.python.compiler.CodeObject;
import dev.torchlet.python.runtime.Comparisons;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyIterator;
import dev.torchlet.python.runtime.PyModule;
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
    private final CodeObject code;
    private final Map<String, PyObject> globals;
    private final Map<String, PyObject> builtins;
    private final ModuleLoader modules;
    private final SourceLines source;
    private final List<PyObject> stack = new ArrayList<>();
    private int pc;
    private RunStatus status;
    private String traceback;
    private boolean cancelled;
    private boolean stepMode;
    private boolean resumingAtStatement;
    private PySequence pendingKeywordNames;

    Execution(CodeObject code, Map<String, PyObject> globals, Map<String, PyObject> builtins, ModuleLoader modules,
              SourceLines source) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.modules = modules;
        this.source = source;
        this.status = RunStatus.BUDGET_USED;
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
        return code == null || pc >= code.length() ? 0 : code.lines()[pc];
    }

    /** Runs at most {@code budget} instructions. */
    public RunStatus run(long budget) {
        if (status == RunStatus.FINISHED || status == RunStatus.FAILED) {
            return status;
        }
        long executed = 0;
        while (pc < code.length()) {
            if (stepMode && code.statementStarts()[pc] && !resumingAtStatement) {
                resumingAtStatement = true;
                return status = RunStatus.PAUSED;
            }
            resumingAtStatement = false;
            if (executed++ >= budget) {
                return status = RunStatus.BUDGET_USED;
            }
            try {
                if (cancelled) {
                    throw PythonException.of("KeyboardInterrupt", "");
                }
                step();
            } catch (RuntimeException e) {
                traceback = formatTraceback(HostErrors.toPython(e));
                return status = RunStatus.FAILED;
            }
        }
        return status = RunStatus.FINISHED;
    }

    private PyObject pop() {
        return stack.remove(stack.size() - 1);
    }

    private void push(PyObject value) {
        stack.add(value);
    }

    private String name(int index) {
        return code.names().get(index);
    }

    private void step() {
        int arg = code.args()[pc];
        switch (code.opcodes()[pc++]) {
            case LOAD_CONST -> push(code.constants().get(arg));
            case LOAD_NAME -> push(lookup(name(arg)));
            case STORE_NAME -> globals.put(name(arg), pop());
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
            case KW_NAMES -> pendingKeywordNames = (PySequence) code.constants().get(arg);
            case CALL -> call(arg);
            case BUILD_LIST, BUILD_TUPLE -> {
                List<PyObject> items = new ArrayList<>(stack.subList(stack.size() - arg, stack.size()));
                stack.subList(stack.size() - arg, stack.size()).clear();
                push(code.opcodes()[pc - 1] == dev.torchlet.python.compiler.Opcode.BUILD_LIST ? PySequence.list(items) : PySequence.tuple(items));
            }
            case COMPARE_OP -> {
                PyObject right = pop();
                PyObject left = pop();
                push(Comparisons.compare(code.operators().get(arg), left, right));
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
            case JUMP -> pc = arg;
            case POP_JUMP_IF_FALSE -> {
                if (!pop().isTruthy()) {
                    pc = arg;
                }
            }
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                boolean jumpWhen = code.opcodes()[pc - 1] == dev.torchlet.python.compiler.Opcode.JUMP_IF_TRUE_OR_POP;
                if (stack.get(stack.size() - 1).isTruthy() == jumpWhen) {
                    pc = arg;
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
                    pc = arg;
                }
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
        pendingKeywordNames = null;
        PyObject function = pop();
        PyObject result = function.call(all.subList(0, argc - keywordCount), kwargs);
        push(result == null ? PyNone.NONE : result);
    }

    private String formatTraceback(PythonException e) {
        int line = code.lines()[Math.max(0, pc - 1)];
        StringBuilder sb = new StringBuilder("Traceback (most recent call last):\n");
        sb.append("  File \"").append(code.filename()).append("\", line ").append(line).append(", in <module>\n");
        String text = source.stripped(line);
        if (!text.isEmpty()) {
            sb.append("    ").append(text).append('\n');
        }
        return sb.append(e.describe()).append('\n').toString();
    }
}
