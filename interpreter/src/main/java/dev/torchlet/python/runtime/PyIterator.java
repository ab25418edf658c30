package dev.torchlet.python.runtime;

import java.util.Iterator;

/** An iterator over Python values, as {@code for} and {@code iter()} use it. */
public final class PyIterator extends PyObject {
    private final Iterator<? extends PyObject> source;

    public PyIterator(Iterator<? extends PyObject> source) {
        this.source = source;
    }

    public boolean hasNext() {
        return source.hasNext();
    }

    public PyObject next() {
        return source.next();
    }

    @Override
    public String typeName() {
        return "iterator";
    }

    @Override
    public PyIterator iterate() {
        return this;
    }
}
