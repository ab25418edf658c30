package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Python's set and frozenset, on a table laid out like CPython's so iteration and printing order match. */
public final class PySet extends PyObject {
    final SetTable table = new SetTable();
    private final boolean frozen;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    /** A set (or frozenset) holding the items of {@code iterable}, added the way CPython's constructor adds them. */
    public static PySet of(PyObject iterable, boolean frozen) {
        PySet set = new PySet(frozen);
        set.update(iterable);
        return set;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public List<PyObject> items() {
        return table.keys();
    }

    /** Adds one value (a set literal's {@code {a, b}} adds in order). */
    public void add(PyObject value) {
        table.add(value);
    }

    void update(PyObject iterable) {
        if (iterable instanceof PySet other) {
            table.merge(other.table);
            return;
        }
        PyIterator it = iterable.iterate();
        while (it.hasNext()) {
            table.add(it.next());
        }
    }

    PySet emptyLike() {
        return new PySet(frozen);
    }

    PySet copy() {
        PySet copy = emptyLike();
        copy.table.merge(table);
        return copy;
    }

    @Override
    public String typeName() {
        return frozen ? "frozenset" : "set";
    }

    @Override
    public String repr() {
        if (table.size() == 0) {
            return typeName() + "()";
        }
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (PyObject key : table.keys()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(key.repr());
        }
        sb.append('}');
        return frozen ? "frozenset(" + sb + ")" : sb.toString();
    }

    @Override
    public boolean isTruthy() {
        return table.size() > 0;
    }

    @Override
    public long length() {
        return table.size();
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PySet s && !s.frozen) {
            // CPython looks a set up as the equal frozenset.
            PySet f = new PySet(true);
            f.table.merge(s.table);
            return table.contains(f);
        }
        return table.contains(item);
    }

    @Override
    public PyIterator iterate() {
        List<PyObject> snapshot = table.keys();
        int sizeAtStart = table.size();
        java.util.Iterator<PyObject> it = snapshot.iterator();
        return new PyIterator(new java.util.Iterator<PyObject>() {
            @Override
            public boolean hasNext() {
                if (table.size() != sizeAtStart) {
                    throw PythonException.of("RuntimeError", "Set changed size during iteration");
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
    public long hash() {
        if (!frozen) {
            throw PythonException.of("TypeError", "unhashable type: 'set'");
        }
        long hash = 0;
        for (PyObject key : table.keys()) {
            hash ^= shuffleBits(key.hash());
        }
        hash ^= (table.size() + 1L) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public PyObject compare(String op, PyObject other) {
        if (!(other instanceof PySet o)) {
            return null;
        }
        boolean subset = isSubsetOf(o);
        boolean superset = o.isSubsetOf(this);
        return PyBool.of(switch (op) {
            case "==" -> subset && superset;
            case "!=" -> !(subset && superset);
            case "<=" -> subset;
            case "<" -> subset && !superset;
            case ">=" -> superset;
            default -> superset && !subset;
        });
    }

    boolean isSubsetOf(PySet other) {
        if (table.size() > other.table.size()) {
            return false;
        }
        for (PyObject key : table.keys()) {
            if (!other.table.contains(key)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyObject binaryOp(String op, PyObject other) {
        if (!(other instanceof PySet o)) {
            return null;
        }
        return switch (op) {
            case "|" -> SetAlgebra.union(this, List.of(o));
            case "&" -> SetAlgebra.intersection(this, o);
            case "-" -> SetAlgebra.difference(this, o);
            case "^" -> SetAlgebra.symmetricDifference(this, o);
            default -> null;
        };
    }

    @Override
    public PyObject inplaceOp(String op, PyObject other) {
        if (frozen || !(other instanceof PySet o)) {
            return null;
        }
        PySet result;
        switch (op) {
            case "|" -> {
                update(o);
                return this;
            }
            case "&" -> result = SetAlgebra.intersection(this, o);
            case "-" -> {
                for (PyObject key : o.table.keys()) {
                    table.discard(key);
                }
                return this;
            }
            case "^" -> {
                SetAlgebra.symmetricDifferenceUpdate(this, o);
                return this;
            }
            default -> {
                return null;
            }
        }
        replaceWith(result);
        return this;
    }

    /** Takes another set's contents (intersection_update), rebuilding like CPython's set_swap_bodies. */
    void replaceWith(PySet other) {
        table.become(other.table);
    }

    @Override
    public PyObject getAttribute(String name) {
        PyObject method = SetMethods.bind(this, name);
        return method != null ? method : super.getAttribute(name);
    }

    /** {@code set(iterable)} / {@code frozenset(iterable)}: the construction logic their types call. */
    public static PyObject construct(boolean frozen, List<PyObject> args, Map<String, PyObject> kwargs) {
        String name = frozen ? "frozenset" : "set";
        ArgumentCheck.noKeywords(name, kwargs);
        if (args.size() > 1) {
            throw PythonException.of("TypeError", name + " expected at most 1 argument, got " + args.size());
        }
        if (frozen && !args.isEmpty() && args.get(0) instanceof PySet s && s.frozen) {
            return s;
        }
        return args.isEmpty() ? new PySet(frozen) : of(args.get(0), frozen);
    }

    static List<PyObject> snapshot(PySet s) {
        return new ArrayList<>(s.table.keys());
    }
}
