package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.List;

/** Shared sequence algorithms: iterable to list, slice assignment and deletion, Python's stable sort. */
public final class Sequences {
    private Sequences() {
    }

    /** The items of any iterable, in order (the list itself for a list or tuple, not a copy). */
    public static List<PyObject> toList(PyObject iterable) {
        if (iterable instanceof PySequence s) {
            return s.items();
        }
        if (iterable instanceof PyRange r) {
            Limits.checkItems(r.length());
        }
        List<PyObject> out = new ArrayList<>();
        PyIterator it = iterable.iterate();
        long limit = it.runsPythonCode() ? Limits.MAX_PYTHON_DRIVEN_ITEMS : Limits.MAX_ITEMS;
        while (it.hasNext()) {
            out.add(it.next());
            if (out.size() > limit) {
                // An endless iterator (itertools.count()) ends in MemoryError, as in CPython, not a Java one.
                throw PythonException.of("MemoryError", "");
            }
        }
        return out;
    }

    /**
     * Built-in values that never define reflected operators, so a failed {@code +} with them can raise
     * CPython's specific message ("can only concatenate str (not "int") to str") at once.
     */
    static boolean neverReflects(PyObject other) {
        return other instanceof PyInt || other instanceof PyFloat || other instanceof PyStr || other instanceof PyBytes || other instanceof PyNone
                || other instanceof PySequence || other instanceof PyDict || other instanceof PySet || other instanceof PyRange;
    }

    /** CPython's error for {@code seq * x} when x is not an int. */
    static PyObject repeatError(PyObject other) {
        if (neverReflects(other) && !(other instanceof PyInt)) {
            throw PythonException.of("TypeError", "can't multiply sequence by non-int of type '" + other.typeName() + "'");
        }
        return null;
    }

    static void assignSlice(List<PyObject> items, PySlice slice, List<PyObject> values) {
        long[] r = slice.indices(items.size());
        List<PyObject> copy = new ArrayList<>(values); // a[:] = a must read before writing
        if (r[2] == 1) {
            int start = (int) r[0];
            int stop = (int) Math.max(r[0], r[1]);
            items.subList(start, stop).clear();
            items.addAll(start, copy);
            return;
        }
        List<Integer> positions = positions(r);
        if (positions.size() != copy.size()) {
            throw PythonException.of("ValueError", "attempt to assign sequence of size " + copy.size()
                    + " to extended slice of size " + positions.size());
        }
        for (int i = 0; i < positions.size(); i++) {
            items.set(positions.get(i), copy.get(i));
        }
    }

    static void deleteSlice(List<PyObject> items, PySlice slice) {
        long[] r = slice.indices(items.size());
        List<Integer> positions = positions(r);
        positions.sort(null);
        for (int i = positions.size() - 1; i >= 0; i--) {
            items.remove((int) positions.get(i));
        }
    }

    private static List<Integer> positions(long[] r) {
        List<Integer> positions = new ArrayList<>();
        for (long i = r[0]; r[2] > 0 ? i < r[1] : i > r[1]; i += r[2]) {
            positions.add((int) i);
        }
        return positions;
    }

    /**
     * Python's sort: stable, by {@code <} only, with an optional key function; {@code reverse}
     * keeps equal items in their original order, as CPython does.
     */
    public static void sort(List<PyObject> items, PyObject key, boolean reverse) {
        int n = items.size();
        PyObject[] keys = new PyObject[n];
        PyObject[] values = items.toArray(new PyObject[0]);
        for (int i = 0; i < n; i++) {
            keys[i] = key == null || key == PyNone.NONE ? values[i] : key.call(List.of(values[i]), java.util.Map.of());
        }
        if (reverse) {
            reverseArray(keys);
            reverseArray(values);
        }
        mergeSort(keys, values, new PyObject[n], new PyObject[n], 0, n);
        if (reverse) {
            reverseArray(keys);
            reverseArray(values);
        }
        for (int i = 0; i < n; i++) {
            items.set(i, values[i]);
        }
    }

    private static void reverseArray(PyObject[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static void mergeSort(PyObject[] keys, PyObject[] values, PyObject[] keyBuffer, PyObject[] valueBuffer, int from, int to) {
        if (to - from < 2) {
            return;
        }
        if (to - from <= 8) {
            // Insertion sort: the later item is compared as "later < earlier", the order CPython's sort uses.
            for (int i = from + 1; i < to; i++) {
                PyObject k = keys[i];
                PyObject v = values[i];
                int j = i;
                while (j > from && less(k, keys[j - 1])) {
                    keys[j] = keys[j - 1];
                    values[j] = values[j - 1];
                    j--;
                }
                keys[j] = k;
                values[j] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(keys, values, keyBuffer, valueBuffer, from, mid);
        mergeSort(keys, values, keyBuffer, valueBuffer, mid, to);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (less(keys[j], keys[i])) {
                keyBuffer[k] = keys[j];
                valueBuffer[k++] = values[j++];
            } else {
                keyBuffer[k] = keys[i];
                valueBuffer[k++] = values[i++];
            }
        }
        while (i < mid) {
            keyBuffer[k] = keys[i];
            valueBuffer[k++] = values[i++];
        }
        while (j < to) {
            keyBuffer[k] = keys[j];
            valueBuffer[k++] = values[j++];
        }
        System.arraycopy(keyBuffer, from, keys, from, to - from);
        System.arraycopy(valueBuffer, from, values, from, to - from);
    }

    /** sort() and sorted() take only key= and reverse=, with CPython's wording for others. */
    static void checkSortKeywords(java.util.Map<String, PyObject> kwargs) {
        for (String keyword : kwargs.keySet()) {
            if (!keyword.equals("key") && !keyword.equals("reverse")) {
                throw PythonException.of("TypeError", "'" + keyword + "' is an invalid keyword argument for sort()");
            }
        }
    }

    static boolean less(PyObject a, PyObject b) {
        return Comparisons.compare("<", a, b).isTruthy();
    }
}
