package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The methods of list and tuple, bound to one sequence, with CPython's errors. */
final class SequenceMethods {
    private SequenceMethods() {
    }

    static PyObject bindTuple(PySequence t, String name) {
        List<PyObject> items = t.items();
        return switch (name) {
            case "index" -> new NativeFunction(name, (args, kwargs) -> {
                int at = find(items, args, kwargs, "index");
                if (at < 0) {
                    throw PythonException.of("ValueError", "tuple.index(x): x not in tuple");
                }
                return PyInt.of(at);
            });
            case "count" -> new NativeFunction(name, (args, kwargs) -> PyInt.of(count(items, ArgumentCheck.one("count", args, kwargs))));
            default -> null;
        };
    }

    static PyObject bindList(PySequence list, String name) {
        List<PyObject> items = list.items();
        return switch (name) {
            case "append" -> new NativeFunction(name, (args, kwargs) -> {
                items.add(ArgumentCheck.one("list.append", args, kwargs));
                return PyNone.NONE;
            });
            case "extend" -> new NativeFunction(name, (args, kwargs) -> {
                PyObject source = ArgumentCheck.one("list.extend", args, kwargs);
                items.addAll(new ArrayList<>(Sequences.toList(source)));
                return PyNone.NONE;
            });
            case "insert" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.noKeywords("insert", kwargs);
                if (args.size() != 2) {
                    throw PythonException.of("TypeError", "insert expected 2 arguments, got " + args.size());
                }
                long n = items.size();
                long at = Conversions.index(args.get(0));
                at = at < 0 ? Math.max(0, at + n) : Math.min(at, n);
                items.add((int) at, args.get(1));
                return PyNone.NONE;
            });
            case "pop" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.range("pop", args, kwargs, 0, 1);
                if (items.isEmpty()) {
                    throw PythonException.of("IndexError", "pop from empty list");
                }
                long n = items.size();
                long at = args.isEmpty() ? n - 1 : Conversions.index(args.get(0));
                if (at < 0) {
                    at += n;
                }
                if (at < 0 || at >= n) {
                    throw PythonException.of("IndexError", "pop index out of range");
                }
                return items.remove((int) at);
            });
            case "remove" -> new NativeFunction(name, (args, kwargs) -> {
                PyObject x = ArgumentCheck.one("list.remove", args, kwargs);
                int at = indexOf(items, x, 0, items.size());
                if (at < 0) {
                    throw PythonException.of("ValueError", "list.remove(x): x not in list");
                }
                items.remove(at);
                return PyNone.NONE;
            });
            case "index" -> new NativeFunction(name, (args, kwargs) -> {
                int at = find(items, args, kwargs, "index");
                if (at < 0) {
                    throw PythonException.of("ValueError", args.get(0).repr() + " is not in list");
                }
                return PyInt.of(at);
            });
            case "count" -> new NativeFunction(name, (args, kwargs) -> PyInt.of(count(items, ArgumentCheck.one("list.count", args, kwargs))));
            case "sort" -> new NativeFunction(name, (args, kwargs) -> {
                if (!args.isEmpty()) {
                    throw PythonException.of("TypeError", "sort() takes no positional arguments");
                }
                Sequences.checkSortKeywords(kwargs);
                PyObject reverse = kwargs.get("reverse");
                Sequences.sort(items, kwargs.get("key"), reverse != null && reverse.isTruthy());
                return PyNone.NONE;
            });
            case "reverse" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.none("list.reverse", args, kwargs);
                java.util.Collections.reverse(items);
                return PyNone.NONE;
            });
            case "copy" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.none("list.copy", args, kwargs);
                return PySequence.list(new ArrayList<>(items));
            });
            case "clear" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.none("list.clear", args, kwargs);
                items.clear();
                return PyNone.NONE;
            });
            default -> null;
        };
    }

    /** {@code index(x[, start[, stop]])}: the position, or -1. */
    private static int find(List<PyObject> items, List<PyObject> args, Map<String, PyObject> kwargs, String name) {
        ArgumentCheck.range(name, args, kwargs, 1, 3);
        int n = items.size();
        int start = args.size() > 1 ? clampIndex(Conversions.index(args.get(1)), n) : 0;
        int stop = args.size() > 2 ? clampIndex(Conversions.index(args.get(2)), n) : n;
        return indexOf(items, args.get(0), start, stop);
    }

    private static int clampIndex(long i, int n) {
        return (int) (i < 0 ? Math.max(0, i + n) : Math.min(i, n));
    }

    private static int indexOf(List<PyObject> items, PyObject x, int start, int stop) {
        for (int i = start; i < stop && i < items.size(); i++) {
            PyObject item = items.get(i);
            if (item == x || Comparisons.equal(item, x)) {
                return i;
            }
        }
        return -1;
    }

    private static int count(List<PyObject> items, PyObject x) {
        int count = 0;
        for (PyObject item : items) {
            if (item == x || Comparisons.equal(item, x)) {
                count++;
            }
        }
        return count;
    }
}
