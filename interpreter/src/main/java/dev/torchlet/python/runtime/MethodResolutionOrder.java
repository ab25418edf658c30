package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.List;

/** C3 linearization: the order Python searches a class and its bases for an attribute. */
final class MethodResolutionOrder {
    private MethodResolutionOrder() {
    }

    static List<PyType> linearize(PyType type, List<PyType> bases) {
        List<List<PyType>> sequences = new ArrayList<>();
        for (PyType base : bases) {
            sequences.add(new ArrayList<>(base.mro()));
        }
        sequences.add(new ArrayList<>(bases));
        List<PyType> result = new ArrayList<>();
        result.add(type);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return List.copyOf(result);
            }
            PyType candidate = null;
            for (List<PyType> sequence : sequences) {
                PyType head = sequence.get(0);
                boolean inTail = false;
                for (List<PyType> other : sequences) {
                    inTail |= other.indexOf(head) > 0;
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder names = new StringBuilder();
                for (PyType base : bases) {
                    names.append(names.isEmpty() ? "" : ", ").append(base.name());
                }
                throw PythonException.of("TypeError", "Cannot create a consistent method resolution order (MRO) for bases "
                        + names);
            }
            result.add(candidate);
            for (List<PyType> sequence : sequences) {
                if (!sequence.isEmpty() && sequence.get(0) == candidate) {
                    sequence.remove(0);
                }
            }
        }
    }
}
