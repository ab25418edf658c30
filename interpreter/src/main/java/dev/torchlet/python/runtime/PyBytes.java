package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Python's bytes (immutable, hashable) and bytearray (mutable): one implementation, as list and
 * tuple share {@link PySequence}. A bytearray's buffer grows by doubling so appends are cheap.
 */
public final class PyBytes extends PyObject {
    private byte[] data;
    private int size;
    private final boolean mutable;

    private PyBytes(byte[] data, int size, boolean mutable) {
        this.data = data;
        this.size = size;
        this.mutable = mutable;
    }

    /** A bytes object that owns {@code data}. */
    public static PyBytes bytes(byte[] data) {
        return new PyBytes(data, data.length, false);
    }

    /** A bytearray that owns {@code data}. */
    public static PyBytes bytearray(byte[] data) {
        return new PyBytes(data, data.length, true);
    }

    static PyBytes of(byte[] data, boolean mutable) {
        return new PyBytes(data, data.length, mutable);
    }

    public boolean isMutable() {
        return mutable;
    }

    /** A copy of the content, exactly as long as it. */
    public byte[] toArray() {
        return Arrays.copyOf(data, size);
    }

    int size() {
        return size;
    }

    /** The byte at {@code i} as 0..255. */
    int at(int i) {
        return data[i] & 0xFF;
    }

    /** The content of a bytes-like object (bytes or bytearray), or null for anything else. */
    public static byte[] bytesLike(PyObject x) {
        return x instanceof PyBytes b ? b.toArray() : null;
    }

    /** The content as a string of chars 0..255, so str's algorithms can work on bytes. */
    String latin1() {
        char[] chars = new char[size];
        for (int i = 0; i < size; i++) {
            chars[i] = (char) (data[i] & 0xFF);
        }
        return new String(chars);
    }

    static byte[] fromLatin1(String text) {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) text.charAt(i);
        }
        return out;
    }

    @Override
    public String typeName() {
        return mutable ? "bytearray" : "bytes";
    }

    /** CPython's repr: str's choice of quotes; printable ASCII as is, \t \n \r, other bytes as \xhh. */
    @Override
    public String repr() {
        Limits.checkItems(4L * size);
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < size; i++) {
            hasSingle |= data[i] == '\'';
            hasDouble |= data[i] == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(mutable ? "bytearray(b" : "b").append(quote);
        for (int i = 0; i < size; i++) {
            int c = at(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    // bytearray's repr escapes a single quote even inside double quotes, as CPython's does.
                    if (c == quote || mutable && c == '\'') {
                        sb.append('\\').append((char) c);
                    } else if (c < 0x20 || c >= 0x7f) {
                        sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        sb.append((char) c);
                    }
                }
            }
        }
        return sb.append(quote).append(mutable ? ")" : "").toString();
    }

    @Override
    public boolean isTruthy() {
        return size > 0;
    }

    @Override
    public long hash() {
        if (mutable) {
            throw PythonException.of("TypeError", "unhashable type: 'bytearray'");
        }
        // CPython randomises bytes hashes per process; any hash consistent with == will do.
        long h = Arrays.hashCode(data);
        return h == -1 ? -2 : h;
    }

    @Override
    public long length() {
        return size;
    }

    /** Lexicographic by unsigned byte; bytes and bytearray compare by content. */
    @Override
    public PyObject compare(String op, PyObject other) {
        if (!(other instanceof PyBytes o)) {
            return null;
        }
        int n = Math.min(size, o.size);
        for (int i = 0; i < n; i++) {
            if (at(i) != o.at(i)) {
                return Comparisons.fromOrder(op, Integer.compare(at(i), o.at(i)));
            }
        }
        return Comparisons.fromOrder(op, Integer.compare(size, o.size));
    }

    @Override
    public PyObject binaryOp(String op, PyObject other) {
        if (op.equals("+")) {
            byte[] added = bytesLike(other);
            if (added == null) {
                throw PythonException.of("TypeError", "can't concat " + other.typeName() + " to " + typeName());
            }
            Limits.checkItems((long) size + added.length);
            byte[] joined = Arrays.copyOf(data, size + added.length);
            System.arraycopy(added, 0, joined, size, added.length);
            return of(joined, mutable);
        }
        if (op.equals("*")) {
            return other instanceof PyInt n ? of(repeat(n), mutable) : Sequences.repeatError(other);
        }
        if (op.equals("%")) {
            return of(fromLatin1(PercentFormat.format(latin1(), other, true)), mutable);
        }
        return null;
    }

    @Override
    public PyObject reflectedBinaryOp(String op, PyObject other) {
        if (op.equals("*")) {
            return other instanceof PyInt n ? of(repeat(n), mutable) : Sequences.repeatError(other);
        }
        return null;
    }

    private byte[] repeat(PyInt times) {
        long n = size == 0 ? 0 : Limits.repeatCount(times, size);
        byte[] out = new byte[(int) (n * size)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(data, 0, out, i * size, size);
        }
        return out;
    }

    @Override
    public PyObject inplaceOp(String op, PyObject other) {
        if (!mutable) {
            return null;
        }
        if (op.equals("+")) {
            byte[] added = bytesLike(other);
            if (added == null) {
                throw PythonException.of("TypeError", "can't concat " + other.typeName() + " to bytearray");
            }
            append(added);
            return this;
        }
        if (op.equals("*") && other instanceof PyInt n) {
            replaceContent(repeat(n));
            return this;
        }
        return null;
    }

    /** Adds {@code added} at the end (a bytearray's extend). */
    void append(byte[] added) {
        Limits.checkItems((long) size + added.length);
        if (size + added.length > data.length) {
            data = Arrays.copyOf(data, Math.max(size + added.length, data.length * 2));
        }
        System.arraycopy(added, 0, data, size, added.length);
        size += added.length;
    }

    void replaceContent(byte[] content) {
        data = content;
        size = content.length;
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PyInt) {
            int b = byteValue(item, "byte must be in range(0, 256)");
            for (int i = 0; i < size; i++) {
                if (at(i) == b) {
                    return true;
                }
            }
            return false;
        }
        if (!(item instanceof PyBytes sub)) {
            throw PythonException.of("TypeError", "a bytes-like object is required, not '" + item.typeName() + "'");
        }
        return latin1().contains(sub.latin1());
    }

    /** An int in 0..255 ({@code message} otherwise), as bytes items and bytearray assignments need. */
    static int byteValue(PyObject x, String message) {
        long value = x instanceof PyInt i && i.isBig() ? -1 : Conversions.index(x);
        if (value < 0 || value > 255) {
            throw PythonException.of("ValueError", message);
        }
        return (int) value;
    }

    @Override
    public PyIterator iterate() {
        // By index, so a bytearray changed while iterated is read as it is then.
        return new PyIterator(new java.util.Iterator<PyObject>() {
            private int index;

            @Override
            public boolean hasNext() {
                return index < size;
            }

            @Override
            public PyObject next() {
                return PyInt.of(at(index++));
            }
        });
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice slice) {
            long[] r = slice.indices(size);
            int[] positions = positions(r);
            byte[] picked = new byte[positions.length];
            for (int i = 0; i < positions.length; i++) {
                picked[i] = data[positions[i]];
            }
            return of(picked, mutable);
        }
        return PyInt.of(at(index(key)));
    }

    private static int[] positions(long[] r) {
        List<Integer> positions = new ArrayList<>();
        for (long i = r[0]; r[2] > 0 ? i < r[1] : i > r[1]; i += r[2]) {
            positions.add((int) i);
        }
        int[] out = new int[positions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = positions.get(i);
        }
        return out;
    }

    private int index(PyObject key) {
        PyInt i = Conversions.asIndex(key);
        if (i == null) {
            throw PythonException.of("TypeError", (mutable ? "bytearray" : "byte") + " indices must be integers or slices, not "
                    + key.typeName());
        }
        if (i.isBig()) {
            throw PythonException.of("IndexError", "cannot fit 'int' into an index-sized integer");
        }
        long at = i.value() < 0 ? i.value() + size : i.value();
        if (at < 0 || at >= size) {
            throw PythonException.of("IndexError", mutable ? "bytearray index out of range" : "index out of range");
        }
        return (int) at;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (!mutable) {
            super.setItem(key, value);
        }
        if (key instanceof PySlice slice) {
            assignSlice(slice, value);
            return;
        }
        int at = index(key);
        data[at] = (byte) byteValue(value, "byte must be in range(0, 256)");
    }

    private void assignSlice(PySlice slice, PyObject value) {
        if (value instanceof PyInt || value instanceof PyFloat || value instanceof PyStr) {
            throw PythonException.of("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        // Anything else converts as bytearray(value) would (non-iterables: "cannot convert ... to bytearray").
        byte[] values = ((PyBytes) construct(true, List.of(value), Map.of())).toArray();
        long[] r = slice.indices(size);
        if (r[2] == 1) {
            int start = (int) r[0];
            int stop = (int) Math.max(r[0], r[1]);
            Limits.checkItems((long) size - (stop - start) + values.length);
            byte[] out = new byte[size - (stop - start) + values.length];
            System.arraycopy(data, 0, out, 0, start);
            System.arraycopy(values, 0, out, start, values.length);
            System.arraycopy(data, stop, out, start + values.length, size - stop);
            replaceContent(out);
            return;
        }
        int[] positions = positions(r);
        if (positions.length != values.length) {
            throw PythonException.of("ValueError", "attempt to assign bytes of size " + values.length
                    + " to extended slice of size " + positions.length);
        }
        for (int i = 0; i < positions.length; i++) {
            data[positions[i]] = values[i];
        }
    }

    @Override
    public void delItem(PyObject key) {
        if (!mutable) {
            super.delItem(key);
        }
        boolean[] removed = new boolean[size];
        if (key instanceof PySlice slice) {
            for (int i : positions(slice.indices(size))) {
                removed[i] = true;
            }
        } else {
            removed[index(key)] = true;
        }
        byte[] kept = new byte[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (!removed[i]) {
                kept[n++] = data[i];
            }
        }
        replaceContent(Arrays.copyOf(kept, n));
    }

    /** The ints of an iterable as bytes, each checked to be in 0..255 ({@code message} otherwise). */
    static byte[] fromIterable(PyObject iterable, String message) {
        List<PyObject> items = Sequences.toList(iterable);
        byte[] out = new byte[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) byteValue(items.get(i), message);
        }
        return out;
    }

    static boolean isIterable(PyObject x) {
        try {
            x.iterate();
            return true;
        } catch (PythonException e) {
            if (e.isInstanceOf(ExceptionTypes.get("TypeError"))) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public PyObject getAttribute(String name) {
        PyObject method = ByteMethods.bind(this, name);
        return method != null ? method : super.getAttribute(name);
    }

    /** {@code bytes(...)} and {@code bytearray(...)}: the construction logic their types call. */
    public static PyObject construct(boolean mutable, List<PyObject> args, Map<String, PyObject> kwargs) {
        String type = mutable ? "bytearray" : "bytes";
        NativeFunction.rejectUnknownKeywords(type, kwargs, "source", "encoding", "errors");
        if (args.size() > 3) {
            throw PythonException.of("TypeError", type + "() takes at most 3 arguments (" + args.size() + " given)");
        }
        PyObject source = args.size() > 0 ? args.get(0) : kwargs.get("source");
        PyObject encoding = args.size() > 1 ? args.get(1) : kwargs.get("encoding");
        PyObject errors = args.size() > 2 ? args.get(2) : kwargs.get("errors");
        if (source == null) {
            if (encoding != null || errors != null) {
                throw PythonException.of("TypeError", (encoding != null ? "encoding" : "errors") + " without a string argument");
            }
            return of(new byte[0], mutable);
        }
        if (source instanceof PyStr text) {
            if (encoding == null) {
                throw PythonException.of("TypeError", "string argument without an encoding");
            }
            return of(TextCodecs.encode(text.value(), TextCodecs.argument(encoding, type + "()", "encoding"),
                    errors == null ? "strict" : TextCodecs.argument(errors, type + "()", "errors")), mutable);
        }
        if (encoding != null || errors != null) {
            throw PythonException.of("TypeError", (encoding != null ? "encoding" : "errors") + " without a string argument");
        }
        if (source instanceof PyBytes b) {
            return of(b.toArray(), mutable);
        }
        PyObject converted = mutable ? null : Conversions.callDunder(source, "__bytes__");
        if (converted != null) {
            if (!(converted instanceof PyBytes b) || b.mutable) {
                throw PythonException.of("TypeError", "__bytes__ returned non-bytes (type " + converted.typeName() + ")");
            }
            return converted;
        }
        if (source instanceof PyInt count) {
            long n = count.isBig() ? Long.MAX_VALUE : count.value();
            if (n < 0) {
                throw PythonException.of("ValueError", "negative count");
            }
            Limits.checkItems(n);
            return of(new byte[(int) n], mutable);
        }
        if (!isIterable(source)) {
            throw PythonException.of("TypeError", "cannot convert '" + source.typeName() + "' object to " + type);
        }
        return of(fromIterable(source, mutable ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)"), mutable);
    }
}
