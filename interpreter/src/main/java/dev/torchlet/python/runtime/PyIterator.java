package dev.torchlet.python.runtime;

import java.util.Iterator;

/** An iterator over Python values, as {@code for} and {@code iter()} use it. */
public class PyIterator extends PyObject {
    private final Iterator<? extends PyObject> source;
    private final String typeName;

    public PyIterator(Iterator<? extends PyObject> source) {
        this(source, "iterator");
    }

    /** An iterator that reports its own type name ({@code map}, {@code zip}, {@code enumerate}…). */
    public PyIterator(Iterator<? extends PyObject> source, String typeName) {
        this.source = source;
        this.typeName = typeName;
    }

    public boolean hasNext() {
        return source.hasNext();
    }

    public PyObject next() {
        return source.next();
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public String repr() {
        return "<" + typeName + " object at 0x" + Long.toHexString(0x7f0000000000L + System.identityHashCode(this)) + ">";
    }

    @Override
    public PyIterator iterate() {
        return this;
    }
}
