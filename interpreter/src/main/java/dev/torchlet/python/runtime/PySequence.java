package dev.torchlet.python.runtime;

import java.util.List;

/** Python's list and tuple: an ordered list of values, printed with the type's brackets. */
public final class PySequence extends PyObject {
    private final List<PyObject> items;
    private final boolean tuple;

    private PySequence(List<PyObject> items, boolean tuple) {
        this.items = items;
        this.tuple = tuple;
    }

    public static PySequence list(List<PyObject> items) {
        return new PySequence(items, false);
    }

    public static PySequence tuple(List<PyObject> items) {
        return new PySequence(List.copyOf(items), true);
    }

    public List<PyObject> items() {
        return items;
    }

    public boolean isTuple() {
        return tuple;
    }

    @Override
    public String typeName() {
        return tuple ? "tuple" : "list";
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(tuple ? "(" : "[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(items.get(i).repr());
        }
        if (tuple && items.size() == 1) {
            sb.append(',');
        }
        return sb.append(tuple ? ")" : "]").toString();
    }

    @Override
    public boolean isTruthy() {
        return !items.isEmpty();
    }

    @Override
    public PyIterator iterate() {
        return new PyIterator(items.iterator());
    }

    @Override
    public long length() {
        return items.size();
    }

    /** Equality element by element, between two lists or two tuples. */
    @Override
    public PyObject compare(String op, PyObject other) {
        if (!(other instanceof PySequence o) || o.tuple != tuple || !(op.equals("==") || op.equals("!="))) {
            return null;
        }
        boolean equal = items.size() == o.items.size();
        for (int i = 0; equal && i < items.size(); i++) {
            equal = Comparisons.equal(items.get(i), o.items.get(i));
        }
        return PyBool.of(equal == op.equals("=="));
    }
}
