package dev.torchlet.python.runtime;

import java.util.List;

/**
 * Union, intersection, difference and symmetric difference, building their results in the order
 * CPython's setobject.c does (which set is iterated, which is copied), so results print alike.
 */
final class SetAlgebra {
    private SetAlgebra() {
    }

    static PySet union(PySet set, List<PyObject> others) {
        PySet result = set.copy();
        for (PyObject other : others) {
            result.update(other);
        }
        return result;
    }

    static PySet intersection(PySet set, PyObject other) {
        PySet result = set.emptyLike();
        if (other instanceof PySet o) {
            PySet big = set;
            PySet small = o;
            if (o.table.size() > set.table.size()) {
                big = o;
                small = set;
            }
            for (PyObject key : small.table.keys()) {
                if (big.table.contains(key)) {
                    result.table.add(key);
                }
            }
            return result;
        }
        PyIterator it = other.iterate();
        while (it.hasNext()) {
            PyObject key = it.next();
            if (set.table.contains(key)) {
                result.table.add(key);
            }
        }
        return result;
    }

    static PySet difference(PySet set, PyObject other) {
        if (other instanceof PySet o && (set.table.size() >> 2) <= o.table.size()) {
            PySet result = set.emptyLike();
            for (PyObject key : set.table.keys()) {
                if (!o.table.contains(key)) {
                    result.table.add(key);
                }
            }
            return result;
        }
        PySet result = set.copy();
        differenceUpdate(result, other);
        return result;
    }

    static void differenceUpdate(PySet set, PyObject other) {
        if (other == set) {
            set.table.clear();
            return;
        }
        List<PyObject> keys = other instanceof PySet o ? o.table.keys() : Sequences.toList(other);
        for (PyObject key : keys) {
            set.table.discard(key);
        }
    }

    static PySet symmetricDifference(PySet set, PyObject other) {
        PySet result = set.emptyLike();
        result.update(other);
        symmetricDifferenceUpdate(result, set);
        return result;
    }

    static void symmetricDifferenceUpdate(PySet set, PyObject other) {
        if (other == set) {
            set.table.clear();
            return;
        }
        PySet o = other instanceof PySet s ? s : PySet.of(other, false);
        for (PyObject key : o.table.keys()) {
            if (!set.table.discard(key)) {
                set.table.add(key);
            }
        }
    }
}
