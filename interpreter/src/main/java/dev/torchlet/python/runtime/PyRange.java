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
