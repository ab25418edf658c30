package dev.torchlet.python.runtime;

import java.util.List;
import java.util.Map;

/** The methods of dict ({@code d.get}, {@code d.items}, …), bound to one dict. */
final class DictMethods {
    private DictMethods() {
    }

    /** The bound method {@code name}, or null when dict has no such method. */
    static PyObject bind(PyDict d, String name) {
        return switch (name) {
            case "keys" -> method(name, (args, kwargs) -> {
                ArgumentCheck.none("dict.keys", args, kwargs);
                return new PyDictView(d, PyDictView.Kind.KEYS);
            });
            case "values" -> method(name, (args, kwargs) -> {
                ArgumentCheck.none("dict.values", args, kwargs);
                return new PyDictView(d, PyDictView.Kind.VALUES);
            });
            case "items" -> method(name, (args, kwargs) -> {
                ArgumentCheck.none("dict.items", args, kwargs);
                return new PyDictView(d, PyDictView.Kind.ITEMS);
            });
            case "get" -> method(name, (args, kwargs) -> {
                ArgumentCheck.range("get", args, kwargs, 1, 2);
                PyObject value = d.get(args.get(0));
                return value != null ? value : args.size() > 1 ? args.get(1) : PyNone.NONE;
            });
            case "pop" -> method(name, (args, kwargs) -> {
                ArgumentCheck.range("pop", args, kwargs, 1, 2);
                PyObject value = d.remove(args.get(0));
                if (value != null) {
                    return value;
                }
                if (args.size() > 1) {
                    return args.get(1);
                }
                throw PyDict.keyError(args.get(0));
            });
            case "popitem" -> method(name, (args, kwargs) -> {
                ArgumentCheck.none("dict.popitem", args, kwargs);
                PyObject[] pair = d.removeLast();
                if (pair == null) {
                    throw PythonException.keyError(new PyStr("popitem(): dictionary is empty"));
                }
                return PySequence.tuple(List.of(pair[0], pair[1]));
            });
            case "setdefault" -> method(name, (args, kwargs) -> {
                ArgumentCheck.range("setdefault", args, kwargs, 1, 2);
                PyObject value = d.get(args.get(0));
                if (value == null) {
                    value = args.size() > 1 ? args.get(1) : PyNone.NONE;
                    d.put(args.get(0), value);
                }
                return value;
            });
            case "update" -> method(name, (args, kwargs) -> {
                if (args.size() > 1) {
                    throw PythonException.of("TypeError", "update expected at most 1 argument, got " + args.size());
                }
                update(d, args, kwargs);
                return PyNone.NONE;
            });
            case "copy" -> method(name, (args, kwargs) -> {
                ArgumentCheck.none("dict.copy", args, kwargs);
                return d.copy();
            });
            case "clear" -> method(name, (args, kwargs) -> {
                ArgumentCheck.none("dict.clear", args, kwargs);
                d.clear();
                return PyNone.NONE;
            });
            case "fromkeys" -> method(name, (args, kwargs) -> fromKeys(args, kwargs));
            default -> null;
        };
    }

    private static PyObject method(String name, NativeFunction.Body body) {
        return new NativeFunction(name, body);
    }

    /** {@code dict.fromkeys(iterable, value=None)}. */
    static PyDict fromKeys(List<PyObject> args, Map<String, PyObject> kwargs) {
        ArgumentCheck.range("fromkeys", args, kwargs, 1, 2);
        PyDict result = new PyDict();
        PyObject value = args.size() > 1 ? args.get(1) : PyNone.NONE;
        PyIterator it = args.get(0).iterate();
        while (it.hasNext()) {
            result.put(it.next(), value);
        }
        return result;
    }

    /** {@code d.update(other, **kwargs)}: a mapping, or an iterable of key-value pairs. */
    private static boolean hasKeys(PyObject source) {
        return source instanceof PyInstance instance && instance.type().lookup("keys") != null;
    }

    static void update(PyDict d, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (!args.isEmpty()) {
            PyObject source = args.get(0);
            if (source instanceof PyDict other) {
                for (PyObject key : other.keys()) {
                    d.put(key, other.get(key));
                }
            } else if (hasKeys(source)) {
                // The mapping protocol: anything with keys() and [] (collections' mappings, user classes).
                PyIterator keys = source.getAttribute("keys").call(List.of(), Map.of()).iterate();
                while (keys.hasNext()) {
                    PyObject key = keys.next();
                    d.put(key, source.getItem(key));
                }
            } else {
                PyIterator it = source.iterate();
                int index = 0;
                while (it.hasNext()) {
                    PyObject element = it.next();
                    List<PyObject> pair;
                    try {
                        pair = Sequences.toList(element);
                    } catch (PythonException e) {
                        if (!e.typeName().equals("TypeError")) {
                            throw e;
                        }
                        throw PythonException.of("TypeError", "cannot convert dictionary update sequence element #" + index
                                + " to a sequence");
                    }
                    if (pair.size() != 2) {
                        throw PythonException.of("ValueError", "dictionary update sequence element #" + index + " has length "
                                + pair.size() + "; 2 is required");
                    }
                    d.put(pair.get(0), pair.get(1));
                    index++;
                }
            }
        }
        for (Map.Entry<String, PyObject> e : kwargs.entrySet()) {
            d.put(new PyStr(e.getKey()), e.getValue());
        }
    }
}
