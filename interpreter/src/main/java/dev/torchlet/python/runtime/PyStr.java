package dev.torchlet.python.runtime;

/** Python's str. */
public final class PyStr extends PyObject {
    private final String value;

    public PyStr(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    @Override
    public String typeName() {
        return "str";
    }

    @Override
    public String str() {
        return value;
    }

    /** CPython's quoting: single quotes unless the text has a single quote and no double quote. */
    @Override
    public String repr() {
        Limits.checkItems(value.length()); // repr(repr(s)) in a loop grows without bound
        char quote = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c == quote) {
                        sb.append('\\');
                    }
                    if (c < 0x20 || c == 0x7f) {
                        String hex = Integer.toHexString(c);
                        sb.append("\\x").append(hex.length() == 1 ? "0" : "").append(hex);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        Limits.checkItems(sb.length());
        return sb.append(quote).toString();
    }

    @Override
    public boolean isTruthy() {
        return !value.isEmpty();
    }

    @Override
    public long hash() {
        // CPython randomises str hashes per process; any hash consistent with == will do.
        long h = value.hashCode();
        return h == -1 ? -2 : h;
    }

    @Override
    public PyObject binaryOp(String op, PyObject other) {
        if (op.equals("+")) {
            if (other instanceof PyStr s) {
                Limits.checkItems((long) value.length() + s.value.length());
                return new PyStr(value + s.value);
            }
            if (Sequences.neverReflects(other)) {
                throw PythonException.of("TypeError", "can only concatenate str (not \"" + other.typeName() + "\") to str");
            }
            return null;
        }
        if (op.equals("*")) {
            return other instanceof PyInt n ? repeat(n) : Sequences.repeatError(other);
        }
        if (op.equals("%")) {
            return new PyStr(PercentFormat.format(value, other));
        }
        return null;
    }

    @Override
    public PyObject reflectedBinaryOp(String op, PyObject other) {
        if (op.equals("*")) {
            return other instanceof PyInt n ? repeat(n) : Sequences.repeatError(other);
        }
        return null;
    }

    private PyStr repeat(PyInt times) {
        long n = Limits.repeatCount(times, value.length());
        return new PyStr(n == 0 || value.isEmpty() ? "" : value.repeat((int) n));
    }

    @Override
    public PyObject getAttribute(String name) {
        PyObject method = StrMethods.bind(value, name);
        return method != null ? method : super.getAttribute(name);
    }

    /** {@code str(x)}: the construction logic the {@code str} type calls. */
    public static PyObject construct(java.util.List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("str", kwargs, "object", "encoding", "errors");
        if (args.size() > 3) {
            throw PythonException.of("TypeError", "str() takes at most 3 arguments (" + args.size() + " given)");
        }
        PyObject x = args.isEmpty() ? kwargs.get("object") : args.get(0);
        PyObject encoding = args.size() > 1 ? args.get(1) : kwargs.get("encoding");
        PyObject errors = args.size() > 2 ? args.get(2) : kwargs.get("errors");
        if (x != null && (encoding != null || errors != null)) {
            // str(b, encoding, errors) decodes, as b.decode(encoding, errors) does.
            if (!(x instanceof PyBytes b)) {
                throw PythonException.of("TypeError", "decoding to str: need a bytes-like object, " + x.typeName() + " found");
            }
            return new PyStr(TextCodecs.decode(b.toArray(), encoding == null ? "utf-8" : TextCodecs.argument(encoding, "str()", "encoding"),
                    errors == null ? "strict" : TextCodecs.argument(errors, "str()", "errors")));
        }
        return new PyStr(x == null ? "" : x.str());
    }

    @Override
    public PyObject compare(String op, PyObject other) {
        return other instanceof PyStr s ? Comparisons.fromOrder(op, value.compareTo(s.value)) : null;
    }

    @Override
    public long length() {
        return value.length();
    }

    @Override
    public boolean contains(PyObject item) {
        if (!(item instanceof PyStr s)) {
            throw PythonException.of("TypeError", "'in <string>' requires string as left operand, not " + item.typeName());
        }
        return value.contains(s.value);
    }

    @Override
    public PyIterator iterate() {
        java.util.List<PyObject> chars = new java.util.ArrayList<>();
        for (int i = 0; i < value.length(); i++) {
            chars.add(new PyStr(String.valueOf(value.charAt(i))));
        }
        return new PyIterator(chars.iterator());
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice slice) {
            StringBuilder picked = new StringBuilder();
            long[] range = slice.indices(value.length());
            for (long i = range[0]; range[2] > 0 ? i < range[1] : i > range[1]; i += range[2]) {
                picked.append(value.charAt((int) i));
            }
            return new PyStr(picked.toString());
        }
        PyInt i = Conversions.asIndex(key);
        if (i == null) {
            throw PythonException.of("TypeError", "string indices must be integers, not '" + key.typeName() + "'");
        }
        long n = value.length();
        long at = i.isBig() ? -1 : i.value() < 0 ? i.value() + n : i.value();
        if (at < 0 || at >= n) {
            throw PythonException.of("IndexError", "string index out of range");
        }
        return new PyStr(String.valueOf(value.charAt((int) at)));
    }
}
