package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The builtins that walk iterables: sum, min, max, sorted, reversed, enumerate, zip, map, filter,
 * any, all, iter, next. map/filter/zip/enumerate are lazy, as in Python 3; functions passed in
 * (key=, map's function) are called through {@link PyObject#call}.
 */
final class IterationBuiltins {
    private static final Map<String, PyObject> NO_KEYWORDS = Map.of();

    private IterationBuiltins() {
    }

    static void install(Map<String, PyObject> builtins) {
        NativeFunction.install(builtins, "sum", IterationBuiltins::sum);
        NativeFunction.install(builtins, "min", (args, kwargs) -> minMax("min", "<", args, kwargs));
        NativeFunction.install(builtins, "max", (args, kwargs) -> minMax("max", ">", args, kwargs));
        NativeFunction.install(builtins, "sorted", (args, kwargs) -> {
            if (args.size() != 1) {
                throw PythonException.of("TypeError", args.isEmpty() ? "sorted expected 1 argument, got 0"
                        : "sorted expected 1 argument, got " + args.size());
            }
            Sequences.checkSortKeywords(kwargs);
            List<PyObject> items = new ArrayList<>(Sequences.toList(args.get(0)));
            PyObject reverse = kwargs.get("reverse");
            Sequences.sort(items, kwargs.get("key"), reverse != null && reverse.isTruthy());
            return PySequence.list(items);
        });
        NativeFunction.install(builtins, "reversed", (args, kwargs) -> reversed(ArgumentCheck.one("reversed", args, kwargs)));
        NativeFunction.install(builtins, "enumerate", IterationBuiltins::enumerate);
        NativeFunction.install(builtins, "zip", IterationBuiltins::zip);
        NativeFunction.install(builtins, "map", IterationBuiltins::map);
        NativeFunction.install(builtins, "filter", IterationBuiltins::filter);
        NativeFunction.install(builtins, "any", (args, kwargs) -> {
            PyIterator it = ArgumentCheck.one("any", args, kwargs).iterate();
            while (it.hasNext()) {
                if (it.next().isTruthy()) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        NativeFunction.install(builtins, "all", (args, kwargs) -> {
            PyIterator it = ArgumentCheck.one("all", args, kwargs).iterate();
            while (it.hasNext()) {
                if (!it.next().isTruthy()) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        NativeFunction.install(builtins, "iter", (args, kwargs) -> {
            ArgumentCheck.noKeywords("iter", kwargs);
            if (args.size() != 1) {
                throw PythonException.of(args.isEmpty() ? "TypeError" : "NotImplementedError", args.isEmpty()
                        ? "iter expected at least 1 argument, got 0" : "iter(callable, sentinel) is not supported by Torchlet yet");
            }
            return args.get(0).iterate();
        });
        NativeFunction.install(builtins, "next", (args, kwargs) -> {
            ArgumentCheck.range("next", args, kwargs, 1, 2);
            return next(args.get(0), args.size() > 1 ? args.get(1) : null);
        });
    }

    /** A native iterator, or a generator / object with {@code __next__} seen through its own iterator. */
    private static PyIterator asIterator(PyObject iterator) {
        if (iterator instanceof PyIterator native_) {
            return native_;
        }
        try {
            iterator.getAttribute("__next__");
        } catch (PythonException e) {
            throw PythonException.of("TypeError", "'" + iterator.typeName() + "' object is not an iterator");
        }
        return iterator.iterate();
    }

    /** {@code next(iterator[, default])}. */
    static PyObject next(PyObject iterator, PyObject otherwise) {
        PyIterator it = asIterator(iterator);
        if (it.hasNext()) {
            return it.next();
        }
        if (otherwise != null) {
            return otherwise;
        }
        throw PythonException.of("StopIteration", "");
    }

    static PyObject sum(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("sum", kwargs, "start");
        if (args.isEmpty() || args.size() > 2) {
            throw PythonException.of("TypeError", args.isEmpty() ? "sum() takes at least 1 positional argument (0 given)"
                    : "sum() takes at most 2 arguments (" + args.size() + " given)");
        }
        PyObject total = args.size() > 1 ? args.get(1) : kwargs.getOrDefault("start", PyInt.of(0));
        if (total instanceof PyStr) {
            throw PythonException.of("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (total instanceof PyBytes) {
            throw PythonException.of("TypeError", "sum() can't sum " + total.typeName() + " [use b''.join(seq) instead]");
        }
        PyIterator it = args.get(0).iterate();
        while (it.hasNext()) {
            total = Arithmetic.binary("+", total, it.next());
        }
        return total;
    }

    /** min and max: of one iterable or of several arguments; {@code key=}, {@code default=}; the first extreme wins. */
    static PyObject minMax(String name, String op, List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords(name, kwargs, "key", "default");
        if (args.isEmpty()) {
            throw PythonException.of("TypeError", name + " expected at least 1 argument, got 0");
        }
        PyObject key = kwargs.get("key");
        if (key == PyNone.NONE) {
            key = null;
        }
        PyObject otherwise = kwargs.get("default");
        List<PyObject> candidates;
        if (args.size() == 1) {
            candidates = Sequences.toList(args.get(0));
        } else {
            if (otherwise != null) {
                throw PythonException.of("TypeError", "Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            candidates = args;
        }
        if (candidates.isEmpty()) {
            if (otherwise != null) {
                return otherwise;
            }
            throw PythonException.of("ValueError", name + "() arg is an empty sequence");
        }
        PyObject best = candidates.get(0);
        PyObject bestKey = key == null ? best : key.call(List.of(best), NO_KEYWORDS);
        for (int i = 1; i < candidates.size(); i++) {
            PyObject item = candidates.get(i);
            PyObject itemKey = key == null ? item : key.call(List.of(item), NO_KEYWORDS);
            if (Comparisons.compare(op, itemKey, bestKey).isTruthy()) {
                best = item;
                bestKey = itemKey;
            }
        }
        return best;
    }

    static PyObject reversed(PyObject x) {
        List<PyObject> items;
        String type;
        if (x instanceof PySequence s) {
            items = new ArrayList<>(s.items());
            type = s.isTuple() ? "reversed" : "list_reverseiterator";
        } else if (x instanceof PyRange || x instanceof PyStr || x instanceof PyBytes) {
            items = Sequences.toList(x);
            type = x instanceof PyRange ? "range_iterator" : "reversed";
        } else if (x instanceof PyDict d) {
            items = d.keys();
            type = "dict_reversekeyiterator";
        } else {
            PyObject custom = Conversions.callDunder(x, "__reversed__");
            if (custom != null) {
                return custom;
            }
            throw PythonException.of("TypeError", "'" + x.typeName() + "' object is not reversible");
        }
        java.util.Collections.reverse(items);
        return new PyIterator(items.iterator(), type);
    }

    static PyObject enumerate(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("enumerate", kwargs, "iterable", "start");
        PyObject iterable = args.isEmpty() ? kwargs.get("iterable") : args.get(0);
        if (iterable == null) {
            throw PythonException.of("TypeError", "enumerate() missing required argument 'iterable' (pos 1)");
        }
        if (args.size() > 2) {
            throw PythonException.of("TypeError", "enumerate() takes at most 2 arguments (" + args.size() + " given)");
        }
        PyObject startArgument = args.size() > 1 ? args.get(1) : kwargs.getOrDefault("start", PyInt.of(0));
        if (!(startArgument instanceof PyInt start)) {
            throw PythonException.of("TypeError", "'" + startArgument.typeName() + "' object cannot be interpreted as an integer");
        }
        PyIterator it = iterable.iterate();
        return new PyIterator(new Iterator<PyObject>() {
            private PyObject index = start;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public PyObject next() {
                PyObject pair = PySequence.tuple(List.of(index, it.next()));
                index = Arithmetic.binary("+", index, PyInt.of(1));
                return pair;
            }
        }, "enumerate");
    }

    static PyObject zip(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("zip", kwargs, "strict");
        boolean strict = kwargs.containsKey("strict") && kwargs.get("strict").isTruthy();
        List<PyIterator> iterators = new ArrayList<>();
        for (PyObject a : args) {
            iterators.add(a.iterate());
        }
        return new PyIterator(new Iterator<PyObject>() {
            private Boolean ready;

            @Override
            public boolean hasNext() {
                if (ready == null) {
                    ready = !iterators.isEmpty();
                    for (int i = 0; i < iterators.size() && ready; i++) {
                        if (!iterators.get(i).hasNext()) {
                            ready = false;
                            if (strict) {
                                checkStrict(i);
                            }
                        }
                    }
                }
                return ready;
            }

            private void checkStrict(int exhausted) {
                if (exhausted > 0) {
                    throw PythonException.of("ValueError", "zip() argument " + (exhausted + 1) + " is shorter than argument"
                            + (exhausted == 1 ? " 1" : "s 1-" + exhausted));
                }
                for (int j = 1; j < iterators.size(); j++) {
                    if (iterators.get(j).hasNext()) {
                        throw PythonException.of("ValueError", "zip() argument " + (j + 1) + " is longer than argument"
                                + (j == 1 ? " 1" : "s 1-" + j));
                    }
                }
            }

            @Override
            public PyObject next() {
                hasNext();
                ready = null;
                List<PyObject> row = new ArrayList<>(iterators.size());
                for (PyIterator it : iterators) {
                    row.add(it.next());
                }
                return PySequence.tuple(row);
            }
        }, "zip");
    }

    static PyObject map(List<PyObject> args, Map<String, PyObject> kwargs) {
        ArgumentCheck.noKeywords("map", kwargs);
        if (args.size() < 2) {
            throw PythonException.of("TypeError", "map() must have at least two arguments.");
        }
        PyObject function = args.get(0);
        PyIterator rows = (PyIterator) zip(args.subList(1, args.size()), NO_KEYWORDS);
        return new PyIterator(new Iterator<PyObject>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public PyObject next() {
                return function.call(((PySequence) rows.next()).items(), NO_KEYWORDS);
            }
        }, "map");
    }

    static PyObject filter(List<PyObject> args, Map<String, PyObject> kwargs) {
        ArgumentCheck.noKeywords("filter", kwargs);
        if (args.size() != 2) {
            throw PythonException.of("TypeError", "filter expected 2 arguments, got " + args.size());
        }
        PyObject function = args.get(0);
        PyIterator it = args.get(1).iterate();
        return new PyIterator(new Iterator<PyObject>() {
            private PyObject pending;

            @Override
            public boolean hasNext() {
                while (pending == null && it.hasNext()) {
                    PyObject candidate = it.next();
                    PyObject verdict = function == PyNone.NONE ? candidate : function.call(List.of(candidate), NO_KEYWORDS);
                    if (verdict.isTruthy()) {
                        pending = candidate;
                    }
                }
                return pending != null;
            }

            @Override
            public PyObject next() {
                hasNext();
                PyObject result = pending;
                pending = null;
                return result;
            }
        }, "filter");
    }
}
