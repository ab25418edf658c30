package dev.torchlet.python.vm;

import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyIterator;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import dev.torchlet.python.runtime.PullIterator;

/** A generator: a suspended frame that runs to its next {@code yield} each time a value is asked for. */
final class PyGenerator extends PyObject {
    private final Frame frame;
    private final PyIterator iterator;
    private boolean running;
    private boolean finished;
    private PyObject yielded;

    PyGenerator(Frame frame) {
        this.frame = frame;
        frame.generator = this;
        this.iterator = new PyIterator(new PullIterator(this::resume));
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

    /** Runs to the next yield: the value, or null once the generator has returned. */
    private PyObject resume() {
        if (finished) {
            return null;
        }
        if (running) {
            throw PythonException.of("ValueError", "generator already executing");
        }
        running = true;
        yielded = null;
        try {
            Execution.current().resumeGenerator(this);
        } finally {
            running = false;
        }
        return finished ? null : yielded;
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
            case "close" -> new NativeFunction("close", (args, kwargs) -> {
                finished = true;
                return PyNone.NONE;
            });
            default -> super.getAttribute(name);
        };
    }
}
