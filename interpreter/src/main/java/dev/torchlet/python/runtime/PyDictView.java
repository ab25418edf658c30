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

    /** Keys and items views are set-like: {@code d.keys() & other} and friends give sets, as CPython. */
    @Override
    public PyObject binaryOp(String op, PyObject other) {
        return kind == Kind.VALUES ? null : setOperation(op, this, other);
    }

    @Override
    public PyObject reflectedBinaryOp(String op, PyObject other) {
        return kind == Kind.VALUES ? null : setOperation(op, other, this);
    }

    /** CPython's dictviews_and/or/sub/xor: the left side becomes a set, then the set method runs. */
    private static PyObject setOperation(String op, PyObject left, PyObject right) {
        if (!"&|-^".contains(op)) {
            return null;
        }
        if (op.equals("&")) {
            // Intersection keeps the items of the right operand that the view (or set) contains.
            PyObject view = left instanceof PyDictView ? left : right;
            PyObject other = view == left ? right : left;
            if (other instanceof PySet s && view.length() <= s.length()) {
                return SetAlgebra.intersection(s, view);
            }
            PySet result = new PySet(false);
            PyIterator it = other.iterate();
            while (it.hasNext()) {
                PyObject item = it.next();
                if (view.contains(item)) {
                    result.add(item);
                }
            }
            return result;
        }
        PySet result = left instanceof PyDictView v && v.kind == Kind.KEYS ? PySet.of(v.dict, false) : PySet.of(left, false);
        switch (op) {
            case "|" -> result.update(right);
            case "-" -> SetAlgebra.differenceUpdate(result, right);
            default -> SetAlgebra.symmetricDifferenceUpdate(result, right);
        }
        return result;
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
