package dev.torchlet.python.runtime;

import java.util.Iterator;
import java.util.List;

/** {@code range(start, stop, step)}: a lazy sequence of ints. */
public final class PyRange extends PyObject {
    private final long start;
    private final long stop;
    private final long step;

    private PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    static PyRange fromArguments(List<PyObject> args) {
        if (args.isEmpty() || args.size() > 3) {
            throw PythonException.of("TypeError", args.isEmpty() ? "range expected at least 1 argument, got 0"
                    : "range expected at most 3 arguments, got " + args.size());
        }
        long[] values = new long[args.size()];
        for (int i = 0; i < values.length; i++) {
            PyObject a = args.get(i);
            if (!(a instanceof PyInt n)) {
                throw PythonException.of("TypeError", "'" + a.typeName() + "' object cannot be interpreted as an integer");
            }
            values[i] = n.value();
        }
        if (values.length == 1) {
            return new PyRange(0, values[0], 1);
        }
        long step = values.length == 3 ? values[2] : 1;
        if (step == 0) {
            throw PythonException.of("ValueError", "range() arg 3 must not be zero");
        }
        return new PyRange(values[0], values[1], step);
    }

    @Override
    public String typeName() {
        return "range";
    }

    @Override
    public String repr() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }

    @Override
    public long length() {
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        return step > 0 ? (stop - start - 1) / step + 1 : (start - stop - 1) / -step + 1;
    }

    @Override
    public boolean isTruthy() {
        return length() > 0;
    }

    @Override
    public PyObject getItem(PyObject key) {
        long n = length();
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(n);
            long count = r[2] > 0 ? Math.max(0, (r[1] - r[0] + r[2] - 1) / r[2]) : Math.max(0, (r[0] - r[1] - r[2] - 1) / -r[2]);
            long first = start + step * r[0];
            return new PyRange(first, first + step * r[2] * count, step * r[2]);
        }
        long i = Conversions.index(key);
        long at = i < 0 ? i + n : i;
        if (at < 0 || at >= n) {
            throw PythonException.of("IndexError", "range object index out of range");
        }
        return PyInt.of(start + step * at);
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt i && !i.isBig()) {
            long v = i.value();
            boolean inside = step > 0 ? v >= start && v < stop : v <= start && v > stop;
            return inside && (v - start) % step == 0;
        }
        return super.contains(item);
    }

    @Override
    public PyObject compare(String op, PyObject other) {
        if (!(other instanceof PyRange r) || !(op.equals("==") || op.equals("!="))) {
            return null;
        }
        long n = length();
        boolean equal = n == r.length() && (n == 0 || start == r.start && (n == 1 || step == r.step));
        return PyBool.of(equal == op.equals("=="));
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "start" -> PyInt.of(start);
            case "stop" -> PyInt.of(stop);
            case "step" -> PyInt.of(step);
            default -> super.getAttribute(name);
        };
    }

    @Override
    public PyIterator iterate() {
        long count = length();
        return new PyIterator(new Iterator<PyObject>() {
            private long index;

            @Override
            public boolean hasNext() {
                return index < count;
            }

            @Override
            public PyObject next() {
                return PyInt.of(start + step * index++);
            }
        });
    }
}
