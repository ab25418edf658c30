package dev.torchlet.python.runtime;

import java.util.List;

/** {@code 'text %d %.2f %s %r' % args}: printf-style formatting of str with CPython's rules and errors. */
public final class PercentFormat {
    private PercentFormat() {
    }

    public static String format(String template, PyObject argument) {
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
                keyed = argument.getItem(new PyStr(template.substring(i + 1, j - 1)));
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
            out.append(convert(value, type, left, zero, alternate, sign, width, precision, i - 1));
        }
        if (!mapping && next < args.size()) {
            throw PythonException.of("TypeError", "not all arguments converted during string formatting");
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
            int width, int precision, int at) {
        char align = left ? '<' : zero ? '=' : '>';
        char fill = zero && !left ? '0' : ' ';
        switch (type) {
            case 's', 'r', 'a' -> {
                String text = type == 's' ? value.str() : type == 'r' ? value.repr() : StrFormat.ascii(value.repr());
                if (precision >= 0 && precision < text.length()) {
                    text = text.substring(0, precision);
                }
                return new FormatSpec(' ', left ? '<' : '>', (char) 0, false, false, width, (char) 0, -1, 's').pad("", text, '>');
            }
            case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                PyInt number = integer(value, type);
                String digits = number.bigValue().abs().toString(type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10);
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
                if (value instanceof PyInt code) {
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
            default -> {
                String hex = Integer.toHexString(type);
                throw PythonException.of("ValueError", "unsupported format character '" + type + "' (0x" + hex + ") at index " + at);
            }
        }
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
