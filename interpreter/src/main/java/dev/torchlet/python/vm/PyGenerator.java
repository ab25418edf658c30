package dev.torchlet.python.vm;

import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyIterator;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import dev.torchlet.python.runtime.PullIterator;

/**
 * A generator: a suspended frame that runs to its next {@code yield} each time a value is asked
 * for; {@code send} resumes it with the value its yield expression gives, {@code throw} with an
 * exception raised at that yield, {@code close} with GeneratorExit.
 */
final class PyGenerator extends PyObject {
    private final Frame frame;
    private final PyIterator iterator;
    private boolean started;
    private boolean running;
    private boolean finished;
    private PyObject yielded;

    PyGenerator(Frame frame) {
        this.frame = frame;
        frame.generator = this;
        this.iterator = new PyIterator(new PullIterator(() -> resume(PyNone.NONE, null)));
    }

    Frame frame() {
        return frame;
    }

    void yielded(PyObject value) {
        yielded = value;
    }

    void finish() {
        finished = true;
    }

    /**
     * Runs to the next yield, the suspended yield evaluating to {@code sent} or raising {@code thrown}:
     * the value yielded, or null once the generator has returned.
     */
    private PyObject resume(PyObject sent, PythonException thrown) {
        if (finished) {
            if (thrown != null) {
                throw thrown;
            }
            return null;
        }
        if (running) {
            throw PythonException.of("ValueError", "generator already executing");
        }
        if (started) {
            frame.stack.set(frame.stack.size() - 1, sent);
        }
        frame.pendingThrow = thrown;
        started = true;
        running = true;
        yielded = null;
        try {
            Execution.current().resumeGenerator(this);
        } finally {
            running = false;
        }
        return finished ? null : yielded;
    }

    private PyObject send(PyObject value) {
        if (!started && !finished && value != PyNone.NONE) {
            throw PythonException.of("TypeError", "can't send non-None value to a just-started generator");
        }
        return nextOrStop(resume(value, null));
    }

    /** {@code throw(type)}, {@code throw(type, value)} or {@code throw(instance)}. */
    private PyObject throwInto(java.util.List<PyObject> args) {
        if (args.isEmpty() || args.size() > 3) {
            throw PythonException.of("TypeError", "throw expected at least 1 argument, got " + args.size());
        }
        PyObject exception = args.get(0);
        if (args.size() > 1 && args.get(1) != PyNone.NONE && exception instanceof dev.torchlet.python.runtime.PyType type) {
            exception = type.call(java.util.List.of(args.get(1)), java.util.Map.of());
        }
        PythonException error = PythonException.raised(ExceptionMatching.instantiate(exception));
        if (!started) {
            // A generator that never ran has no yield to raise at: it ends, and the exception propagates.
            finished = true;
            throw error;
        }
        return nextOrStop(resume(PyNone.NONE, error));
    }

    /** Raises GeneratorExit at the suspended yield so its finally blocks run; yielding again is an error. */
    private void close() {
        if (!started || finished) {
            finished = true;
            return;
        }
        try {
            if (resume(PyNone.NONE, PythonException.of("GeneratorExit", "")) != null) {
                throw PythonException.of("RuntimeError", "generator ignored GeneratorExit");
            }
        } catch (PythonException e) {
            if (!e.typeName().equals("GeneratorExit") && !e.typeName().equals("StopIteration")) {
                throw e;
            }
        }
        finished = true;
    }

    private static PyObject nextOrStop(PyObject value) {
        if (value == null) {
            throw PythonException.of("StopIteration", "");
        }
        return value;
    }

    @Override
    public String typeName() {
        return "generator";
    }

    @Override
    public String repr() {
        return "<generator object " + frame.code.name() + ">";
    }

    @Override
    public PyIterator iterate() {
        return iterator;
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "__next__" -> new NativeFunction("__next__", (args, kwargs) -> {
                if (!iterator.hasNext()) {
                    throw PythonException.of("StopIteration", "");
                }
                return iterator.next();
            });
            case "send" -> new NativeFunction("send", (args, kwargs) -> {
                if (args.size() != 1) {
                    throw PythonException.of("TypeError", "generator.send() takes exactly one argument (" + args.size() + " given)");
                }
                return send(args.get(0));
            });
            case "throw" -> new NativeFunction("throw", (args, kwargs) -> throwInto(args));
            case "close" -> new NativeFunction("close", (args, kwargs) -> {
                close();
                return PyNone.NONE;
            });
            default -> super.getAttribute(name);
        };
    }
}
