package dev.torchlet.python.modules.optim;

import dev.torchlet.python.runtime.PyDict;
import dev.torchlet.python.runtime.PyIterator;
import dev.torchlet.python.runtime.PyObject;

/**
 * {@code optimizer.state}: a snapshot dict from parameter to its state dict, shown as PyTorch's
 * {@code defaultdict(<class 'dict'>, {...})}; a parameter without state reads as an empty dict.
 */
final class PyOptimizerState extends PyObject {
    private final PyDict entries;

    PyOptimizerState(PyDict entries) {
        this.entries = entries;
    }

    @Override
    public String typeName() {
        return "defaultdict";
    }

    @Override
    public String repr() {
        return "defaultdict(<class 'dict'>, " + entries.repr() + ")";
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject value = entries.get(key);
        if (value == null) {
            value = new PyDict();
            entries.put(key, value);
        }
        return value;
    }

    @Override
    public PyObject getAttribute(String name) {
        return entries.getAttribute(name);
    }

    @Override
    public PyIterator iterate() {
        return entries.iterate();
    }

    @Override
    public long length() {
        return entries.length();
    }

    @Override
    public boolean contains(PyObject item) {
        return entries.contains(item);
    }

    @Override
    public boolean isTruthy() {
        return entries.isTruthy();
    }
}
