package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Python's dict: insertion-ordered, keys compared by hash and ==; an existing key keeps its first object and place. */
public class PyDict extends PyObject {
    private final LinkedHashMap<HashKey, PyObject> entries = new LinkedHashMap<>();

    public PyDict() {
    }

    public int size() {
        return entries.size();
    }

    /** The value for {@code key}, or null. */
    public PyObject get(PyObject key) {
        return entries.get(new HashKey(key));
    }

    public void put(PyObject key, PyObject value) {
        entries.put(new HashKey(key), value);
    }

    /** Removes {@code key}; returns its value or null. */
    public PyObject remove(PyObject key) {
        return entries.remove(new HashKey(key));
    }

    public List<PyObject> keys() {
        List<PyObject> keys = new ArrayList<>(entries.size());
        for (HashKey k : entries.keySet()) {
            keys.add(k.key);
        }
        return keys;
    }

    public List<PyObject> values() {
        return new ArrayList<>(entries.values());
    }

    /** Key-value pairs as 2-tuples, in order. */
    public List<PyObject> items() {
        List<PyObject> items = new ArrayList<>(entries.size());
        for (Map.Entry<HashKey, PyObject> e : entries.entrySet()) {
            items.add(PySequence.tuple(List.of(e.getKey().key, e.getValue())));
        }
        return items;
    }

    @Override
    public String typeName() {
        return "dict";
    }

    @Override
    public long hash() {
        throw PythonException.of("TypeError", "unhashable type: 'dict'");
    }

    @Override
    public String repr() {
        return ReprGuard.repr(this, "{...}", this::reprOfEntries);
    }

    private String reprOfEntries() {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<HashKey, PyObject> e : entries.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(e.getKey().key.repr()).append(": ").append(e.getValue().repr());
        }
        return sb.append('}').toString();
    }

    @Override
    public boolean isTruthy() {
        return !entries.isEmpty();
    }

    @Override
    public long length() {
        return entries.size();
    }

    @Override
    public boolean contains(PyObject item) {
        return entries.containsKey(new HashKey(item));
    }

    @Override
    public PyIterator iterate() {
        return iterateOver(keys(), "dictionary");
    }

    /** Iterates a snapshot but fails like CPython if the dict changes size meanwhile. */
    PyIterator iterateOver(List<PyObject> snapshot, String what) {
        int sizeAtStart = entries.size();
        Iterator<PyObject> it = snapshot.iterator();
        return new PyIterator(new Iterator<PyObject>() {
            @Override
            public boolean hasNext() {
                if (entries.size() != sizeAtStart) {
                    throw PythonException.of("RuntimeError", what + " changed size during iteration");
                }
                return it.hasNext();
            }

            @Override
            public PyObject next() {
                return it.next();
            }
        });
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject value = get(key);
        if (value == null) {
            throw keyError(key);
        }
        return value;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        put(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        if (remove(key) == null) {
            throw keyError(key);
        }
    }

    static PythonException keyError(PyObject key) {
        return PythonException.keyError(key);
    }

    @Override
    public PyObject compare(String op, PyObject other) {
        if (!(other instanceof PyDict o) || !(op.equals("==") || op.equals("!="))) {
            return null;
        }
        boolean equal = entries.size() == o.entries.size();
        if (equal) {
            for (Map.Entry<HashKey, PyObject> e : entries.entrySet()) {
                PyObject theirs = o.entries.get(e.getKey());
                if (theirs == null || !Comparisons.equal(e.getValue(), theirs)) {
                    equal = false;
                    break;
                }
            }
        }
        return PyBool.of(equal == op.equals("=="));
    }

    @Override
    public PyObject binaryOp(String op, PyObject other) {
        if (op.equals("|") && other instanceof PyDict o) {
            PyDict merged = copy();
            merged.entries.putAll(o.entries);
            return merged;
        }
        return null;
    }

    @Override
    public PyObject inplaceOp(String op, PyObject other) {
        if (op.equals("|")) {
            DictMethods.update(this, List.of(other), Map.of());
            return this;
        }
        return null;
    }

    public PyDict copy() {
        PyDict copy = new PyDict();
        copy.entries.putAll(entries);
        return copy;
    }

    void clear() {
        entries.clear();
    }

    /** The last inserted pair, removed (popitem's LIFO order); null when empty. */
    PyObject[] removeLast() {
        HashKey last = null;
        for (HashKey k : entries.keySet()) {
            last = k;
        }
        if (last == null) {
            return null;
        }
        PyObject value = entries.remove(last);
        return new PyObject[] {last.key, value};
    }

    @Override
    public PyObject getAttribute(String name) {
        PyObject method = DictMethods.bind(this, name);
        return method != null ? method : super.getAttribute(name);
    }

    /** {@code dict(...)}: the construction logic the {@code dict} type calls. */
    public static PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        if (args.size() > 1) {
            throw PythonException.of("TypeError", "dict expected at most 1 argument, got " + args.size());
        }
        PyDict dict = new PyDict();
        DictMethods.update(dict, args, kwargs);
        return dict;
    }
}
