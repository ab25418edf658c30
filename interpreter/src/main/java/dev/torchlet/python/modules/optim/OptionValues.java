package dev.torchlet.python.modules.optim;

import dev.torchlet.engine.Tensor;
import dev.torchlet.python.modules.torch.PyTensor;
import dev.torchlet.python.runtime.PyBool;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import java.util.ArrayList;
import java.util.List;

/**
 * Python values as the engine's optimizers keep them and back: int ↔ Long, float ↔ Double, bool
 * ↔ Boolean, None ↔ null, tuple ↔ List, str ↔ String, tensor ↔ Tensor; anything else travels as
 * the Python object itself (the engine only stores it).
 */
final class OptionValues {
    private OptionValues() {
    }

    static Object toJava(PyObject value) {
        if (value instanceof PyBool b) {
            return b.isTruthy();
        }
        if (value instanceof PyInt i && !i.isBig()) {
            return i.value();
        }
        if (value instanceof PyFloat f) {
            return f.value();
        }
        if (value == PyNone.NONE) {
            return null;
        }
        if (value instanceof PyStr s) {
            return s.str();
        }
        if (value instanceof PyTensor t) {
            return t.tensor();
        }
        if (value instanceof PySequence s) { // a tuple (betas); a list is taken as one too
            List<Object> items = new ArrayList<>();
            for (PyObject item : s.items()) {
                items.add(toJava(item));
            }
            return java.util.Collections.unmodifiableList(items);
        }
        return value;
    }

    static PyObject toPython(Object value) {
        if (value == null) {
            return PyNone.NONE;
        }
        if (value instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (value instanceof Long l) {
            return PyInt.of(l);
        }
        if (value instanceof Double d) {
            return new PyFloat(d);
        }
        if (value instanceof String s) {
            return new PyStr(s);
        }
        if (value instanceof Tensor t) {
            return new PyTensor(t);
        }
        if (value instanceof List<?> list) {
            List<PyObject> items = new ArrayList<>();
            for (Object item : list) {
                items.add(toPython(item));
            }
            return PySequence.tuple(items);
        }
        return (PyObject) value;
    }
}
