package dev.torchlet.python.runtime;

import java.util.List;

/**
 * {@code 'text %d %.2f %s %r' % args}: printf-style formatting of str with CPython's rules and errors,
 * and of bytes ({@code b'%s %d' % args}) on the bytes read as Latin-1 text, where {@code %s}/{@code %b}
 * take bytes and {@code %r} gives the ASCII repr.
 */
public final class PercentFormat {
    private PercentFormat() {
    }

    public static String format(String template, PyObject argument) {
        return format(template, argument, false);
    }

    /** As {@link #format(String, PyObject)}; {@code bytes}: the template and result are bytes as Latin-1 text. */
    static String format(String template, PyObject argument, boolean bytes) {
        List<PyObject> args = argument instanceof PySequence t && t.isTuple() ? t.items() : List.of(argument);
        boolean mapping = argument instanceof PyDict;
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                throw PythonException.of("ValueError", "incomplete format");
            }
            PyObject keyed = null;
            if (template.charAt(i) == '(') {
                if (!mapping) {
                    throw PythonException.of("TypeError", "format requires a mapping");
                }
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    depth += template.charAt(j) == '(' ? 1 : template.charAt(j) == ')' ? -1 : 0;
                    j++;
                }
                if (depth > 0) {
                    throw PythonException.of("ValueError", "incomplete format key");
                }
                String key = template.substring(i + 1, j - 1);
                keyed = argument.getItem(bytes ? PyBytes.bytes(PyBytes.fromLatin1(key)) : new PyStr(key));
                i = j;
            }
            boolean left = false;
            boolean zero = false;
            boolean alternate = false;
            char sign = 0;
            while (i < n && "-+ #0".indexOf(template.charAt(i)) >= 0) {
                switch (template.charAt(i)) {
                    case '-' -> left = true;
                    case '0' -> zero = true;
                    case '#' -> alternate = true;
                    case '+' -> sign = '+';
                    default -> sign = sign == '+' ? '+' : ' ';
                }
                i++;
            }
            int width = -1;
            if (i < n && template.charAt(i) == '*') {
                PyObject w = nextArgument(args, next++);
                width = (int) Conversions.index(w);
                if (width < 0) {
                    left = true;
                    width = -width;
                }
                i++;
            } else {
                int w = i;
                while (i < n && Character.isDigit(template.charAt(i))) {
                    i++;
                }
                if (i - w > 9) {
                    throw PythonException.of("MemoryError", "");
                }
                if (i > w) {
                    width = Integer.parseInt(template.substring(w, i));
                }
            }
            int precision = -1;
            if (i < n && template.charAt(i) == '.') {
                i++;
                if (i < n && template.charAt(i) == '*') {
                    precision = (int) Math.max(0, Conversions.index(nextArgument(args, next++)));
                    i++;
                } else {
                    int p = i;
                    while (i < n && Character.isDigit(template.charAt(i))) {
                        i++;
                    }
                    if (i - p > 9) {
                        throw PythonException.of("ValueError", "precision too big");
                    }
                    precision = i > p ? Integer.parseInt(template.substring(p, i)) : 0;
                }
            }
            while (i < n && "hlL".indexOf(template.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw PythonException.of("ValueError", "incomplete format");
            }
            char type = template.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            PyObject value = keyed != null ? keyed : mapping ? argument : nextArgument(args, next++);
            out.append(convert(value, type, left, zero, alternate, sign, width, precision, i - 1, bytes));
        }
        if (!mapping && next < args.size()) {
            throw PythonException.of("TypeError", "not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
        }
        return out.toString();
    }

    private static PyObject nextArgument(List<PyObject> args, int index) {
        if (index >= args.size()) {
            throw PythonException.of("TypeError", "not enough arguments for format string");
        }
        return args.get(index);
    }

    private static String convert(PyObject value, char type, boolean left, boolean zero, boolean alternate, char sign,
            int width, int precision, int at, boolean bytes) {
        char align = left ? '<' : zero ? '=' : '>';
        char fill = zero && !left ? '0' : ' ';
        if (type == 'b' && !bytes) {
            throw unsupported(type, at);
        }
        switch (type) {
            case 's', 'r', 'a', 'b' -> {
                String text = bytes && (type == 's' || type == 'b') ? bytesText(value)
                        : type == 's' ? value.str() : type == 'r' && !bytes ? value.repr() : StrFormat.ascii(value.repr());
                if (precision >= 0 && precision < text.length()) {
                    text = text.substring(0, precision);
                }
                return new FormatSpec(' ', left ? '<' : '>', (char) 0, false, false, width, (char) 0, -1, 's').pad("", text, '>');
            }
            case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                PyInt number = integer(value, type);
                int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
                String digits = radix == 10 ? Limits.decimal(number.bigValue().abs()) : number.bigValue().abs().toString(radix);
                if (type == 'X') {
                    digits = digits.toUpperCase();
                }
                if (precision > digits.length()) {
                    digits = "0".repeat(precision - digits.length()) + digits;
                }
                String prefix = alternate && (type == 'x' || type == 'X' || type == 'o') ? "0" + type : "";
                FormatSpec spec = new FormatSpec(fill, align, sign, false, false, width, (char) 0, -1, 'd');
                return Formatter.layoutNumber(number.signum() < 0, prefix, digits, "", spec, 3);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                if (!Conversions.isNumber(value) && Conversions.callDunder(value, "__float__") == null) {
                    throw PythonException.of("TypeError", "must be real number, not " + value.typeName());
                }
                double x = Conversions.toDouble(value);
                FormatSpec spec = new FormatSpec(fill, align, sign, false, alternate, width, (char) 0, precision, type);
                return Formatter.formatFloat(x, spec);
            }
            case 'c' -> {
                String text;
                if (bytes) {
                    text = byteChar(value);
                } else if (value instanceof PyInt code) {
                    if (code.isBig() || code.value() < 0 || code.value() > 0x10FFFF) {
                        throw PythonException.of("OverflowError", "%c arg not in range(0x110000)");
                    }
                    text = Characters.chr(code);
                } else if (value instanceof PyStr s && s.value().length() == 1) {
                    text = s.value();
                } else {
                    throw PythonException.of("TypeError", "%c requires int or char");
                }
                return new FormatSpec(' ', left ? '<' : '>', (char) 0, false, false, width, (char) 0, -1, 's').pad("", text, '>');
            }
            default -> throw unsupported(type, at);
        }
    }

    private static PythonException unsupported(char type, int at) {
        String hex = Integer.toHexString(type);
        return PythonException.of("ValueError", "unsupported format character '" + type + "' (0x" + hex + ") at index " + at);
    }

    /** What bytes' {@code %s}/{@code %b} insert: a bytes-like object, or what its {@code __bytes__} gives. */
    private static String bytesText(PyObject value) {
        PyObject content = value instanceof PyBytes ? value : Conversions.callDunder(value, "__bytes__");
        if (!(content instanceof PyBytes b)) {
            throw PythonException.of("TypeError", "%b requires a bytes-like object, or an object that implements __bytes__, not '"
                    + value.typeName() + "'");
        }
        return b.latin1();
    }

    /** Bytes' {@code %c}: an int in range(256) or a single byte. */
    private static String byteChar(PyObject value) {
        if (value instanceof PyInt code) {
            if (code.isBig() || code.value() < 0 || code.value() > 255) {
                throw PythonException.of("OverflowError", "%c arg not in range(256)");
            }
            return String.valueOf((char) code.value());
        }
        if (value instanceof PyBytes b && b.size() == 1) {
            return b.latin1();
        }
        throw PythonException.of("TypeError", "%c requires an integer in range(256) or a single byte");
    }

    private static PyInt integer(PyObject value, char type) {
        if (value instanceof PyInt i) {
            return i;
        }
        if (value instanceof PyFloat f && (type == 'd' || type == 'i' || type == 'u')) {
            return IntArithmetic.fromDouble(f.value());
        }
        if (type == 'd' || type == 'i' || type == 'u') {
            PyObject converted = Conversions.callDunder(value, "__int__");
            if (converted instanceof PyInt i) {
                return i;
            }
            throw PythonException.of("TypeError", "%" + type + " format: a real number is required, not " + value.typeName());
        }
        PyObject index = Conversions.callDunder(value, "__index__");
        if (index instanceof PyInt i) {
            return i;
        }
        throw PythonException.of("TypeError", "%" + type + " format: an integer is required, not " + value.typeName());
    }
}
