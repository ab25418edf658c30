package dev.torchlet.python.modules.torch;

import dev.torchlet.engine.ValuesIndices;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyIterator;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.List;

/**
 * {@code torch.return_types.max/min/sort/topk}: a named pair (values, indices) that prints like
 * PyTorch's structseq, indexes and iterates like a tuple, and names its fields.
 */
final class PyReturnTypes extends PyObject {
    private final String name;
    private final PyTensor values;
    private final PyTensor indices;
    private final String firstField;
    private final String secondField;

    PyReturnTypes(String name, ValuesIndices result) {
        this(name, "values", "indices", result);
    }

    /** A pair whose fields have other names, e.g. {@code aminmax}'s (min, max). */
    PyReturnTypes(String name, String firstField, String secondField, ValuesIndices result) {
        this.name = name;
        this.firstField = firstField;
        this.secondField = secondField;
        this.values = new PyTensor(result.values());
        this.indices = new PyTensor(result.indices());
    }

    @Override
    public String typeName() {
        return name;
    }

    @Override
    public String repr() {
        return "torch.return_types." + name + "(\n" + firstField + "=" + values.repr() + ",\n" + secondField + "=" + indices.repr() + ")";
    }

    @Override
    public PyObject getAttribute(String attribute) {
        if (attribute.equals(firstField)) {
            return values;
        }
        return attribute.equals(secondField) ? indices : super.getAttribute(attribute);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (!(key instanceof PyInt i)) {
            throw PythonException.of("TypeError", "tuple indices must be integers or slices, not " + key.typeName());
        }
        long index = i.value() < 0 ? i.value() + 2 : i.value();
        if (index < 0 || index > 1) {
            throw PythonException.of("IndexError", "tuple index out of range");
        }
        return index == 0 ? values : indices;
    }

    @Override
    public PyIterator iterate() {
        return new PyIterator(List.<PyObject>of(values, indices).iterator());
    }

    @Override
    public long length() {
        return 2;
    }
}
