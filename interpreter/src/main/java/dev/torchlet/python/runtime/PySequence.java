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

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice slice) {
            List<PyObject> picked = new java.util.ArrayList<>();
            long[] range = slice.indices(items.size());
            for (long i = range[0]; range[2] > 0 ? i < range[1] : i > range[1]; i += range[2]) {
                picked.add(items.get((int) i));
            }
            return tuple ? tuple(picked) : list(picked);
        }
        return items.get(index(key));
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (tuple) {
            super.setItem(key, value);
        }
        if (key instanceof PySlice) {
            throw PythonException.of("NotImplementedError", "slice assignment is not supported by Torchlet yet");
        }
        items.set(index(key), value);
    }

    private int index(PyObject key) {
        if (!(key instanceof PyInt i)) {
            throw PythonException.of("TypeError", typeName() + " indices must be integers or slices, not " + key.typeName());
        }
        long n = items.size();
        long at = i.value() < 0 ? i.value() + n : i.value();
        if (at < 0 || at >= n) {
            throw PythonException.of("IndexError", typeName() + (tuple ? " index out of range" : " index out of range"));
        }
        return (int) at;
    }
}
