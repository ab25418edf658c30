package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The methods of bytes and bytearray, bound to one object. Searching, splitting, stripping and
 * replacing reuse str's algorithms ({@link StrMethods}) on the bytes read as Latin-1 text (one char
 * per byte): arguments are checked and converted here with the bytes messages, and str results
 * become bytes again. Case and character classes are ASCII-only, as for CPython's bytes.
 */
final class ByteMethods {
    /** What bytes.split() and strip() with no argument treat as whitespace. */
    private static final String ASCII_WHITESPACE = " \t\n\r\u000b\f";

    private ByteMethods() {
    }

    static PyObject bind(PyBytes self, String name) {
        String type = self.typeName();
        NativeFunction.Body body = switch (name) {
            case "decode" -> (args, kwargs) -> decode(self, args, kwargs);
            case "hex" -> (args, kwargs) -> hex(self, args, kwargs);
            case "fromhex" -> fromHex(self.isMutable());
            case "count", "find", "rfind" -> (args, kwargs) -> delegate(self, name, withNeedle(args, kwargs, name));
            case "index", "rindex" -> (args, kwargs) -> {
                PyObject found = delegate(self, name.equals("index") ? "find" : "rfind", withNeedle(args, kwargs, name));
                if (((PyInt) found).value() < 0) {
                    throw PythonException.of("ValueError", "subsection not found");
                }
                return found;
            };
            case "startswith", "endswith" -> (args, kwargs) -> {
                List<PyObject> converted = new ArrayList<>(args);
                if (!converted.isEmpty()) {
                    converted.set(0, affixes(converted.get(0), name));
                }
                return delegate(self, name, converted, kwargs);
            };
            case "split", "rsplit" -> (args, kwargs) -> {
                List<PyObject> converted = new ArrayList<>(args);
                Map<String, PyObject> convertedKeywords = new java.util.HashMap<>(kwargs);
                if (!converted.isEmpty() && converted.get(0) != PyNone.NONE) {
                    converted.set(0, text(converted.get(0)));
                }
                if (kwargs.get("sep") != null && kwargs.get("sep") != PyNone.NONE) {
                    convertedKeywords.put("sep", text(kwargs.get("sep")));
                }
                return bytesResult(self, StrMethods.split(self.latin1(), converted, convertedKeywords, name.equals("rsplit"),
                        c -> ASCII_WHITESPACE.indexOf(c) >= 0));
            };
            case "strip", "lstrip", "rstrip" -> (args, kwargs) -> {
                ArgumentCheck.range(name, args, kwargs, 0, 1);
                PyObject chars = args.isEmpty() || args.get(0) == PyNone.NONE ? new PyStr(ASCII_WHITESPACE) : text(args.get(0));
                return PyBytes.of(PyBytes.fromLatin1(StrMethods.strip(self.latin1(), chars, name, !name.equals("rstrip"),
                        !name.equals("lstrip"))), self.isMutable());
            };
            case "replace" -> (args, kwargs) -> delegate(self, name, converted(args, 2), kwargs);
            case "partition", "rpartition", "removeprefix", "removesuffix" -> (args, kwargs) -> delegate(self, name, converted(args, 1), kwargs);
            case "join" -> (args, kwargs) -> join(self, ArgumentCheck.one(type + ".join", args, kwargs));
            case "zfill", "expandtabs" -> (args, kwargs) -> delegate(self, name, args, kwargs);
            case "center", "ljust", "rjust" -> (args, kwargs) -> {
                List<PyObject> converted = new ArrayList<>(args);
                if (args.size() > 1) {
                    if (!(args.get(1) instanceof PyBytes fill) || fill.size() != 1) {
                        throw PythonException.of("TypeError", name + "() argument 2 must be a byte string of length 1, not "
                                + args.get(1).typeName());
                    }
                    converted.set(1, new PyStr(fill.latin1()));
                }
                return delegate(self, name, converted, kwargs);
            };
            case "splitlines" -> (args, kwargs) -> {
                NativeFunction.rejectUnknownKeywords("splitlines", kwargs, "keepends");
                PyObject keep = args.isEmpty() ? kwargs.getOrDefault("keepends", PyBool.FALSE) : args.get(0);
                // bytes lines end only at \n, \r and \r\n.
                return bytesResult(self, PySequence.list(StrMethods.splitLines(self.latin1(), keep.isTruthy(),
                        c -> c == '\n' || c == '\r')));
            };
            case "isascii" -> (args, kwargs) -> {
                ArgumentCheck.none(type + ".isascii", args, kwargs);
                for (int i = 0; i < self.size(); i++) {
                    if (self.at(i) > 127) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            };
            case "maketrans" -> ByteMethods::makeTrans;
            case "translate" -> (args, kwargs) -> translate(self, args, kwargs);
            case "title", "capitalize", "swapcase" -> (args, kwargs) -> {
                ArgumentCheck.none(type + "." + name, args, kwargs);
                return PyBytes.of(changeCase(self.toArray(), name), self.isMutable());
            };
            case "istitle" -> (args, kwargs) -> {
                ArgumentCheck.none(type + ".istitle", args, kwargs);
                byte[] content = self.toArray();
                return PyBool.of(hasLetter(content) && java.util.Arrays.equals(changeCase(content.clone(), "title"), content));
            };
            case "upper", "lower" -> (args, kwargs) -> {
                ArgumentCheck.none(type + "." + name, args, kwargs);
                byte[] out = self.toArray();
                for (int i = 0; i < out.length; i++) {
                    boolean change = name.equals("upper") ? isLower(out[i]) : isUpper(out[i]);
                    out[i] = change ? (byte) (out[i] ^ 0x20) : out[i];
                }
                return PyBytes.of(out, self.isMutable());
            };
            case "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower" -> (args, kwargs) -> {
                ArgumentCheck.none(type + "." + name, args, kwargs);
                return PyBool.of(characterClass(self, name));
            };
            default -> self.isMutable() ? ByteArrayMethods.body(self, name) : null;
        };
        return body == null ? null : new NativeFunction(name, body);
    }

    /**
     * {@code hex(sep=None, bytes_per_sep=1)}: two digits a byte; a separator every {@code bytes_per_sep}
     * bytes counted from the right, or from the left when it is negative.
     */
    private static PyObject hex(PyBytes self, List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("hex", kwargs, "sep", "bytes_per_sep");
        if (args.size() > 2) {
            throw PythonException.of("TypeError", "hex() takes at most 2 arguments (" + args.size() + " given)");
        }
        PyObject sepArgument = args.size() > 0 ? args.get(0) : kwargs.get("sep");
        long group = Conversions.index(args.size() > 1 ? args.get(1) : kwargs.getOrDefault("bytes_per_sep", PyInt.of(1)));
        String sep = "";
        if (sepArgument != null) {
            sep = sepArgument instanceof PyBytes b ? b.latin1() : sepArgument instanceof PyStr t ? t.value() : null;
            if (sep == null) {
                throw PythonException.of("TypeError", "object of type '" + sepArgument.typeName() + "' has no len()");
            }
            if (sep.length() != 1) {
                throw PythonException.of("ValueError", "sep must be length 1.");
            }
            if (sep.charAt(0) > 127) {
                throw PythonException.of("ValueError", "sep must be ASCII.");
            }
        }
        int n = self.size();
        long every = Math.abs(group);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            // Bytes before i, counted from whichever end the groups start at.
            long counted = group < 0 ? i : n - i;
            if (i > 0 && !sep.isEmpty() && every > 0 && counted % every == 0) {
                sb.append(sep);
            }
            sb.append(Character.forDigit(self.at(i) >> 4, 16)).append(Character.forDigit(self.at(i) & 15, 16));
        }
        return new PyStr(sb.toString());
    }

    private static boolean isUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean hasLetter(byte[] content) {
        for (byte b : content) {
            if (isUpper(b) || isLower(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * title (a letter after a non-letter upper case, other letters lower), capitalize (the first byte
     * upper, the rest lower) or swapcase, in place on {@code content}, ASCII letters only.
     */
    private static byte[] changeCase(byte[] content, String how) {
        boolean previousLetter = false;
        for (int i = 0; i < content.length; i++) {
            int c = content[i];
            boolean letter = isUpper(c) || isLower(c);
            boolean upper = switch (how) {
                case "title" -> !previousLetter;
                case "capitalize" -> i == 0;
                default -> isLower(c);
            };
            if (letter) {
                content[i] = (byte) (upper ? c & ~0x20 : c | 0x20);
            }
            previousLetter = letter;
        }
        return content;
    }

    /** {@code bytes.maketrans(from, to)}: a 256-byte table mapping each byte of from to the byte of to at its place. */
    static PyObject makeTrans(List<PyObject> args, Map<String, PyObject> kwargs) {
        ArgumentCheck.exactly("maketrans", args, kwargs, 2);
        byte[] from = bytesArgument(args.get(0));
        byte[] to = bytesArgument(args.get(1));
        if (from.length != to.length) {
            throw PythonException.of("ValueError", "maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < from.length; i++) {
            table[from[i] & 0xFF] = to[i];
        }
        return PyBytes.bytes(table);
    }

    /** {@code translate(table, /, delete=b'')}: each byte through the table (None: unchanged), the delete bytes dropped. */
    private static PyObject translate(PyBytes self, List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("translate", kwargs, "delete");
        if (args.isEmpty() || args.size() > 2) {
            throw PythonException.of("TypeError", args.isEmpty() ? "translate() takes at least 1 positional argument (0 given)"
                    : "translate() takes at most 2 arguments (" + args.size() + " given)");
        }
        byte[] table = args.get(0) == PyNone.NONE ? null : bytesArgument(args.get(0));
        if (table != null && table.length != 256) {
            throw PythonException.of("ValueError", "translation table must be 256 characters long");
        }
        PyObject deleteArgument = args.size() > 1 ? args.get(1) : kwargs.get("delete");
        String delete = deleteArgument == null ? "" : text(deleteArgument).value();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < self.size(); i++) {
            if (delete.indexOf((char) self.at(i)) < 0) {
                out.append((char) (table == null ? self.at(i) : table[self.at(i)] & 0xFF));
            }
        }
        return PyBytes.of(PyBytes.fromLatin1(out.toString()), self.isMutable());
    }

    /** A str method's result with its str values turned back into bytes of the receiver's type. */
    private static PyObject delegate(PyBytes self, String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        return bytesResult(self, StrMethods.bind(self.latin1(), name).call(args, kwargs));
    }

    private static PyObject bytesResult(PyBytes self, PyObject result) {
        if (result instanceof PyStr s) {
            return PyBytes.of(PyBytes.fromLatin1(s.value()), self.isMutable());
        }
        if (result instanceof PySequence sequence) {
            List<PyObject> items = new ArrayList<>();
            for (PyObject item : sequence.items()) {
                items.add(bytesResult(self, item));
            }
            return sequence.isTuple() ? PySequence.tuple(items) : PySequence.list(items);
        }
        return result;
    }

    /** A bytes-like argument's content, or CPython's TypeError. */
    private static byte[] bytesArgument(PyObject x) {
        byte[] content = PyBytes.bytesLike(x);
        if (content == null) {
            throw PythonException.of("TypeError", "a bytes-like object is required, not '" + x.typeName() + "'");
        }
        return content;
    }

    /** A bytes-like argument as Latin-1 text, or CPython's TypeError. */
    private static PyStr text(PyObject x) {
        bytesArgument(x);
        return new PyStr(((PyBytes) x).latin1());
    }

    /** The arguments with the first {@code count} converted from bytes-like to text. */
    private static List<PyObject> converted(List<PyObject> args, int count) {
        List<PyObject> out = new ArrayList<>(args);
        for (int i = 0; i < Math.min(count, out.size()); i++) {
            out.set(i, text(out.get(i)));
        }
        return out;
    }

    /** find/count/index: the first argument is a bytes-like object or one byte as an int. */
    private static List<PyObject> withNeedle(List<PyObject> args, Map<String, PyObject> kwargs, String name) {
        ArgumentCheck.range(name, args, kwargs, 1, 3);
        List<PyObject> out = new ArrayList<>(args);
        PyObject needle = args.get(0);
        if (needle instanceof PyInt) {
            out.set(0, new PyStr(String.valueOf((char) PyBytes.byteValue(needle, "byte must be in range(0, 256)"))));
        } else if (needle instanceof PyBytes b) {
            out.set(0, new PyStr(b.latin1()));
        } else {
            throw PythonException.of("TypeError", "argument should be integer or bytes-like object, not '" + needle.typeName() + "'");
        }
        return out;
    }

    private static PyObject delegate(PyBytes self, String name, List<PyObject> args) {
        return delegate(self, name, args, Map.of());
    }

    /** startswith/endswith's first argument: bytes, or a tuple of them (checked all at once, unlike CPython's lazy check). */
    private static PyObject affixes(PyObject what, String name) {
        if (what instanceof PySequence t && t.isTuple()) {
            List<PyObject> items = new ArrayList<>();
            for (PyObject item : t.items()) {
                items.add(text(item));
            }
            return PySequence.tuple(items);
        }
        if (!(what instanceof PyBytes b)) {
            throw PythonException.of("TypeError", name + " first arg must be bytes or a tuple of bytes, not " + what.typeName());
        }
        return new PyStr(b.latin1());
    }

    private static PyObject join(PyBytes separator, PyObject iterable) {
        List<PyObject> items = Sequences.toList(iterable);
        StringBuilder joined = new StringBuilder();
        String sep = separator.latin1();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof PyBytes item)) {
                throw PythonException.of("TypeError", "sequence item " + i + ": expected a bytes-like object, "
                        + items.get(i).typeName() + " found");
            }
            if (i > 0) {
                joined.append(sep);
            }
            joined.append(item.latin1());
            Limits.checkItems(joined.length());
        }
        return PyBytes.of(PyBytes.fromLatin1(joined.toString()), separator.isMutable());
    }

    private static boolean characterClass(PyBytes self, String name) {
        boolean cased = false;
        for (int i = 0; i < self.size(); i++) {
            int c = self.at(i);
            boolean lower = isLower(c);
            boolean upper = isUpper(c);
            boolean digit = c >= '0' && c <= '9';
            boolean ok = switch (name) {
                case "isdigit" -> digit;
                case "isalpha" -> lower || upper;
                case "isalnum" -> lower || upper || digit;
                case "isspace" -> ASCII_WHITESPACE.indexOf(c) >= 0;
                case "isupper" -> !lower;
                default -> !upper;
            };
            if (!ok) {
                return false;
            }
            cased |= lower || upper;
        }
        // isupper/islower need a cased character; the others need any character at all.
        return name.equals("isupper") || name.equals("islower") ? cased : self.size() > 0;
    }

    private static PyObject decode(PyBytes self, List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("decode", kwargs, "encoding", "errors");
        if (args.size() > 2) {
            throw PythonException.of("TypeError", "decode() takes at most 2 arguments (" + args.size() + " given)");
        }
        PyObject encoding = args.size() > 0 ? args.get(0) : kwargs.get("encoding");
        PyObject errors = args.size() > 1 ? args.get(1) : kwargs.get("errors");
        return new PyStr(TextCodecs.decode(self.toArray(), encoding == null ? "utf-8" : TextCodecs.argument(encoding, "decode()", "encoding"),
                errors == null ? "strict" : TextCodecs.argument(errors, "decode()", "errors")));
    }

    /** {@code bytes.fromhex(text)}: pairs of hex digits, with ASCII whitespace allowed between pairs. */
    static NativeFunction.Body fromHex(boolean mutable) {
        return (args, kwargs) -> {
            PyObject argument = ArgumentCheck.one("fromhex", args, kwargs);
            if (!(argument instanceof PyStr s)) {
                throw PythonException.of("TypeError", "fromhex() argument must be str, not " + argument.typeName());
            }
            String text = s.value();
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (true) {
                while (i < text.length() && ASCII_WHITESPACE.indexOf(text.charAt(i)) >= 0) {
                    i++;
                }
                if (i >= text.length()) {
                    break;
                }
                int high = Character.digit(text.charAt(i), 16);
                int low = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                if (high < 0 || low < 0 || text.charAt(i) > 127 || text.charAt(i + 1) > 127) {
                    int at = high < 0 || text.charAt(i) > 127 ? i : i + 1;
                    throw PythonException.of("ValueError", "non-hexadecimal number found in fromhex() arg at position " + at);
                }
                out.append((char) (high * 16 + low));
                i += 2;
            }
            return PyBytes.of(PyBytes.fromLatin1(out.toString()), mutable);
        };
    }
}
