package dev.torchlet.python.runtime;

import java.util.List;

/** {@code d.keys()}, {@code d.values()}, {@code d.items()}: live views that follow the dict. */
public final class PyDictView extends PyObject {
    enum Kind {
        KEYS("dict_keys"), VALUES("dict_values"), ITEMS("dict_items");

        final String typeName;

        Kind(String typeName) {
            this.typeName = typeName;
        }
    }

    private final PyDict dict;
    private final Kind kind;

    PyDictView(PyDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    private List<PyObject> snapshot() {
        return switch (kind) {
            case KEYS -> dict.keys();
            case VALUES -> dict.values();
            case ITEMS -> dict.items();
        };
    }

    @Override
    public String typeName() {
        return kind.typeName;
    }

    @Override
    public String repr() {
        return kind.typeName + "(" + PySequence.list(snapshot()).repr() + ")";
    }

    @Override
    public long length() {
        return dict.size();
    }

    @Override
    public boolean isTruthy() {
        return dict.size() > 0;
    }

    @Override
    public PyIterator iterate() {
        return dict.iterateOver(snapshot(), "dictionary");
    }

    @Override
    public boolean contains(PyObject item) {
        if (kind == Kind.KEYS) {
            return dict.contains(item);
        }
        return super.contains(item);
    }

    @Override
    public PyObject compare(String op, PyObject other) {
        if (kind == Kind.KEYS && other instanceof PyDictView o && o.kind == Kind.KEYS && (op.equals("==") || op.equals("!="))) {
            boolean equal = dict.size() == o.dict.size();
            for (PyObject k : dict.keys()) {
                equal &= o.dict.contains(k);
            }
            return PyBool.of(equal == op.equals("=="));
        }
        return null;
    }
}
