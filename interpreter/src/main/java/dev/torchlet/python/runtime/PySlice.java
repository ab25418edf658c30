package dev.torchlet.python.runtime;

/** {@code slice(start, stop, step)}: the object {@code a[1:5:2]} passes as its key. */
public final class PySlice extends PyObject {
    private final PyObject start;
    private final PyObject stop;
    private final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public String typeName() {
        return "slice";
    }

    @Override
    public String repr() {
        return "slice(" + start.repr() + ", " + stop.repr() + ", " + step.repr() + ")";
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "start" -> start;
            case "stop" -> stop;
            case "step" -> step;
            default -> super.getAttribute(name);
        };
    }

    /** A bound as a Java value: null for None; ints only. */
    public Long startOrNull() {
        return bound(start);
    }

    public Long stopOrNull() {
        return bound(stop);
    }

    public long stepOrOne() {
        Long s = bound(step);
        if (s != null && s == 0) {
            throw PythonException.of("ValueError", "slice step cannot be zero");
        }
        return s == null ? 1 : s;
    }

    private static Long bound(PyObject value) {
        if (value == PyNone.NONE) {
            return null;
        }
        if (value instanceof PyInt i) {
            return i.value();
        }
        throw PythonException.of("TypeError", "slice indices must be integers or None or have an __index__ method");
    }

    /** Python's {@code slice.indices(length)}: the concrete start, stop, step for a sequence of that length. */
    public long[] indices(long length) {
        long s = stepOrOne();
        Long lo = startOrNull();
        Long hi = stopOrNull();
        long first;
        long last;
        if (s > 0) {
            first = lo == null ? 0 : clamp(lo < 0 ? lo + length : lo, 0, length);
            last = hi == null ? length : clamp(hi < 0 ? hi + length : hi, 0, length);
        } else {
            first = lo == null ? length - 1 : clamp(lo < 0 ? lo + length : lo, -1, length - 1);
            last = hi == null ? -1 : clamp(hi < 0 ? hi + length : hi, -1, length - 1);
        }
        return new long[] {first, last, s};
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }
}
