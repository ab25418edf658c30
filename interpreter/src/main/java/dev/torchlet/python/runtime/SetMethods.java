package dev.torchlet.python.runtime;

/** The methods of set and frozenset, bound to one set, with CPython's errors. */
final class SetMethods {
    private SetMethods() {
    }

    static PyObject bind(PySet set, String name) {
        PyObject shared = switch (name) {
            case "union" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.noKeywords("union", kwargs);
                return SetAlgebra.union(set, args);
            });
            case "intersection" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.noKeywords("intersection", kwargs);
                if (args.isEmpty()) {
                    return set.copy();
                }
                PySet result = set;
                for (PyObject other : args) {
                    result = SetAlgebra.intersection(result, other);
                }
                return result;
            });
            case "difference" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.noKeywords("difference", kwargs);
                PySet result = set;
                for (PyObject other : args) {
                    result = SetAlgebra.difference(result, other);
                }
                return result == set ? set.copy() : result;
            });
            case "symmetric_difference" -> new NativeFunction(name, (args, kwargs) ->
                    SetAlgebra.symmetricDifference(set, ArgumentCheck.one("set.symmetric_difference", args, kwargs)));
            case "issubset" -> new NativeFunction(name, (args, kwargs) ->
                    PyBool.of(set.isSubsetOf(asSet(ArgumentCheck.one("set.issubset", args, kwargs)))));
            case "issuperset" -> new NativeFunction(name, (args, kwargs) ->
                    PyBool.of(asSet(ArgumentCheck.one("set.issuperset", args, kwargs)).isSubsetOf(set)));
            case "isdisjoint" -> new NativeFunction(name, (args, kwargs) -> {
                PyIterator it = ArgumentCheck.one("set.isdisjoint", args, kwargs).iterate();
                while (it.hasNext()) {
                    if (set.table.contains(it.next())) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            });
            case "copy" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.none(set.typeName() + ".copy", args, kwargs);
                return set.isFrozen() ? set : set.copy();
            });
            default -> null;
        };
        if (shared != null || set.isFrozen()) {
            return shared;
        }
        return switch (name) {
            case "add" -> new NativeFunction(name, (args, kwargs) -> {
                set.table.add(ArgumentCheck.one("set.add", args, kwargs));
                return PyNone.NONE;
            });
            case "remove" -> new NativeFunction(name, (args, kwargs) -> {
                PyObject key = ArgumentCheck.one("set.remove", args, kwargs);
                if (!set.table.discard(key)) {
                    throw PyDict.keyError(key);
                }
                return PyNone.NONE;
            });
            case "discard" -> new NativeFunction(name, (args, kwargs) -> {
                set.table.discard(ArgumentCheck.one("set.discard", args, kwargs));
                return PyNone.NONE;
            });
            case "pop" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.none("set.pop", args, kwargs);
                PyObject key = set.table.pop();
                if (key == null) {
                    throw PythonException.keyError(new PyStr("pop from an empty set"));
                }
                return key;
            });
            case "clear" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.none("set.clear", args, kwargs);
                set.table.clear();
                return PyNone.NONE;
            });
            case "update" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.noKeywords("update", kwargs);
                for (PyObject other : args) {
                    set.update(other);
                }
                return PyNone.NONE;
            });
            case "intersection_update" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.noKeywords("intersection_update", kwargs);
                PySet result = set;
                for (PyObject other : args) {
                    result = SetAlgebra.intersection(result, other);
                }
                set.replaceWith(result);
                return PyNone.NONE;
            });
            case "difference_update" -> new NativeFunction(name, (args, kwargs) -> {
                ArgumentCheck.noKeywords("difference_update", kwargs);
                for (PyObject other : args) {
                    SetAlgebra.differenceUpdate(set, other);
                }
                return PyNone.NONE;
            });
            case "symmetric_difference_update" -> new NativeFunction(name, (args, kwargs) -> {
                SetAlgebra.symmetricDifferenceUpdate(set, ArgumentCheck.one("set.symmetric_difference_update", args, kwargs));
                return PyNone.NONE;
            });
            default -> null;
        };
    }

    private static PySet asSet(PyObject x) {
        return x instanceof PySet s ? s : PySet.of(x, false);
    }
}
