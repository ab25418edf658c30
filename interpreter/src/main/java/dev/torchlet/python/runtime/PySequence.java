package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Python's list and tuple: an ordered list of values, printed with the type's brackets. */
public final class PySequence extends PyObject {
    private final List<PyObject> items;
    private final boolean tuple;

    private PySequence(List<PyObject> items, boolean tuple) {
        this.items = items;
        this.tuple = tuple;
    }

    /** A list that owns {@code items} (a mutable list). */
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
            PyObject item = items.get(i);
            sb.append(item == this ? "[...]" : item.repr());
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
    public long hash() {
        if (!tuple) {
            throw PythonException.of("TypeError", "unhashable type: 'list'");
        }
        return NumericHash.ofTuple(items);
    }

    @Override
    public PyIterator iterate() {
        // By index, like CPython's list iterator: appending while iterating is seen, never a Java failure.
        return new PyIterator(new java.util.Iterator<PyObject>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < items.size();
            }

            @Override
            public PyObject next() {
                return items.get(index++);
            }
        });
    }

    @Override
    public long length() {
        return items.size();
    }

    /** Lexicographic comparison between two lists or two tuples, as CPython. */
    @Override
    public PyObject compare(String op, PyObject other) {
        if (!(other instanceof PySequence o) || o.tuple != tuple) {
            return null;
        }
        int n = Math.min(items.size(), o.items.size());
        for (int i = 0; i < n; i++) {
            PyObject a = items.get(i);
            PyObject b = o.items.get(i);
            if (a != b && !Comparisons.equal(a, b)) {
                if (op.equals("==")) {
                    return PyBool.FALSE;
                }
                if (op.equals("!=")) {
                    return PyBool.TRUE;
                }
                return Comparisons.compare(op, a, b);
            }
        }
        return Comparisons.fromOrder(op, Integer.compare(items.size(), o.items.size()));
    }

    @Override
    public PyObject binaryOp(String op, PyObject other) {
        if (op.equals("+")) {
            if (other instanceof PySequence o && o.tuple == tuple) {
                List<PyObject> joined = new ArrayList<>(items.size() + o.items.size());
                joined.addAll(items);
                joined.addAll(o.items);
                return tuple ? tuple(joined) : list(joined);
            }
            if (Sequences.neverReflects(other)) {
                throw PythonException.of("TypeError", "can only concatenate " + typeName() + " (not \"" + other.typeName()
                        + "\") to " + typeName());
            }
            return null;
        }
        if (op.equals("*")) {
            return other instanceof PyInt n ? repeat(n) : Sequences.repeatError(other);
        }
        return null;
    }

    @Override
    public PyObject reflectedBinaryOp(String op, PyObject other) {
        if (op.equals("*")) {
            return other instanceof PyInt n ? repeat(n) : Sequences.repeatError(other);
        }
        return null;
    }

    private PySequence repeat(PyInt times) {
        long n = times.isBig() ? (times.signum() < 0 ? 0 : Long.MAX_VALUE) : Math.max(0, times.value());
        if (n > 0 && items.size() * n > Integer.MAX_VALUE - 8) {
            throw PythonException.of("MemoryError", "");
        }
        List<PyObject> result = new ArrayList<>((int) (items.size() * n));
        for (long i = 0; i < n; i++) {
            result.addAll(items);
        }
        return tuple ? tuple(result) : list(result);
    }

    @Override
    public PyObject inplaceOp(String op, PyObject other) {
        if (tuple) {
            return null;
        }
        if (op.equals("+")) {
            items.addAll(Sequences.toList(other));
            return this;
        }
        if (op.equals("*") && other instanceof PyInt n) {
            List<PyObject> repeated = repeat(n).items;
            items.clear();
            items.addAll(repeated);
            return this;
        }
        return null;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice slice) {
            List<PyObject> picked = new ArrayList<>();
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
        if (key instanceof PySlice slice) {
            Sequences.assignSlice(items, slice, Sequences.toList(value));
            return;
        }
        items.set(index(key), value);
    }

    @Override
    public void delItem(PyObject key) {
        if (tuple) {
            super.delItem(key);
        }
        if (key instanceof PySlice slice) {
            Sequences.deleteSlice(items, slice);
            return;
        }
        items.remove(index(key));
    }

    private int index(PyObject key) {
        if (!(key instanceof PyInt i)) {
            throw PythonException.of("TypeError", typeName() + " indices must be integers or slices, not " + key.typeName());
        }
        long n = items.size();
        long at = i.isBig() ? -1 : i.value() < 0 ? i.value() + n : i.value();
        if (at < 0 || at >= n) {
            throw PythonException.of("IndexError", typeName() + " index out of range");
        }
        return (int) at;
    }

    @Override
    public PyObject getAttribute(String name) {
        PyObject method = tuple ? SequenceMethods.bindTuple(this, name) : SequenceMethods.bindList(this, name);
        return method != null ? method : super.getAttribute(name);
    }

    /** {@code list(iterable)}: the construction logic the {@code list} type calls. */
    public static PyObject constructList(List<PyObject> args, Map<String, PyObject> kwargs) {
        ArgumentCheck.noKeywords("list", kwargs);
        if (args.size() > 1) {
            throw PythonException.of("TypeError", "list expected at most 1 argument, got " + args.size());
        }
        return list(args.isEmpty() ? new ArrayList<>() : new ArrayList<>(Sequences.toList(args.get(0))));
    }

    /** {@code tuple(iterable)}. */
    public static PyObject constructTuple(List<PyObject> args, Map<String, PyObject> kwargs) {
        ArgumentCheck.noKeywords("tuple", kwargs);
        if (args.size() > 1) {
            throw PythonException.of("TypeError", "tuple expected at most 1 argument, got " + args.size());
        }
        if (!args.isEmpty() && args.get(0) instanceof PySequence s && s.tuple) {
            return s;
        }
        return tuple(args.isEmpty() ? List.of() : Sequences.toList(args.get(0)));
    }
}
