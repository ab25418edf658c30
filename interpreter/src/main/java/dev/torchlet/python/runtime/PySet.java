package dev.torchlet.python.runtime;

// TEMPORARY stand-in until the runtime branch's PySet is merged (never committed).
public final class PySet extends PyObject {
    public PySet(boolean frozen) { }
    private final java.util.LinkedHashMap<String, PyObject> map = new java.util.LinkedHashMap<>();
    public String typeName() { return "set"; }
    public void add(PyObject k) { map.put(k.repr(), k); }
    public PyIterator iterate() { return new PyIterator(map.values().iterator()); }
    public long length() { return map.size(); }
    public String repr() { StringBuilder sb = new StringBuilder("{"); for (PyObject e : map.values()) { if (sb.length() > 1) sb.append(", "); sb.append(e.repr()); } return sb.append('}').toString(); }
}
