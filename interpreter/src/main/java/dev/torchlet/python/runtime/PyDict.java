package dev.torchlet.python.runtime;

// TEMPORARY stand-in until the runtime branch's PyDict is merged (never committed).
public final class PyDict extends PyObject {
    private final java.util.LinkedHashMap<String, PyObject[]> map = new java.util.LinkedHashMap<>();
    public String typeName() { return "dict"; }
    public void setItem(PyObject k, PyObject v) { map.put(k.repr(), new PyObject[] {k, v}); }
    public PyObject getItem(PyObject k) { PyObject[] e = map.get(k.repr()); if (e == null) throw PythonException.of("KeyError", k.repr()); return e[1]; }
    public PyIterator iterate() { return new PyIterator(map.values().stream().map(e -> e[0]).toList().iterator()); }
    public long length() { return map.size(); }
    public String repr() { StringBuilder sb = new StringBuilder("{"); for (PyObject[] e : map.values()) { if (sb.length() > 1) sb.append(", "); sb.append(e[0].repr()).append(": ").append(e[1].repr()); } return sb.append('}').toString(); }
}
