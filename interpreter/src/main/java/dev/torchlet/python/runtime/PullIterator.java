package dev.torchlet.python.runtime;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A Java iterator over values pulled one at a time from a source that returns null when it is
 * exhausted: a Python iterator's {@code __next__}, the sequence protocol, a generator.
 */
public final class PullIterator implements Iterator<PyObject> {
    /** The next value, or null at the end. */
    @FunctionalInterface
    public interface Source {
        PyObject pull();
    }

    private final Source source;
    private PyObject pending;
    private boolean done;

    public PullIterator(Source source) {
        this.source = source;
    }

    /** Calls {@code iterator.__next__()} until it raises StopIteration. */
    static PullIterator ofNextMethod(PyObject iterator) {
        return new PullIterator(() -> {
            try {
                return iterator.getAttribute("__next__").call(List.of(), Map.of());
            } catch (PythonException e) {
                if (e.isInstanceOf(ExceptionTypes.get("StopIteration"))) {
                    return null;
                }
                throw e;
            }
        });
    }

    /** {@code x[0]}, {@code x[1]}, … until IndexError: the sequence protocol. */
    static PullIterator ofIndexing(PyObject sequence) {
        long[] index = {0};
        return new PullIterator(() -> {
            try {
                return sequence.getItem(PyInt.of(index[0]++));
            } catch (PythonException e) {
                if (e.isInstanceOf(ExceptionTypes.get("IndexError")) || e.isInstanceOf(ExceptionTypes.get("StopIteration"))) {
                    return null;
                }
                throw e;
            }
        });
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !done) {
            pending = source.pull();
            done = pending == null;
        }
        return pending != null;
    }

    @Override
    public PyObject next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        PyObject value = pending;
        pending = null;
        return value;
    }
}
