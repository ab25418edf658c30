package dev.torchlet.python.runtime;

import dev.torchlet.engine.format.FloatText;
import java.math.BigInteger;

/**
 * {@code format(value, spec)}: Python's format-spec mini-language for int, bool, float and str, with
 * CPython's output and error messages. f-strings, {@code str.format} and {@code format()} all come
 * here; {@code %} formatting reuses the number layouts.
 */
public final class Formatter {
    private static final int DEFAULT_PRECISION = 6;

    private Formatter() {
    }

    /** {@code format(value, spec)} as a Python str. */
    public static PyObject formatValue(PyObject value, String spec) {
        return new PyStr(format(value, spec));
    }

    public static String format(PyObject value, String spec) {
        if (value instanceof PyBool && spec.isEmpty()) {
            return value.str();
        }
        if (value instanceof PyInt i) {
            return formatInt(i, FormatSpec.parse(spec, value.typeName(), '>'));
        }
        if (value instanceof PyFloat f) {
            return formatFloat(f.value(), FormatSpec.parse(spec, "float", '>'));
        }
        if (value instanceof PyStr s) {
            return formatStr(s.value(), FormatSpec.parse(spec, "str", '<'));
        }
        if (spec.isEmpty()) {
            return value.str();
        }
        throw PythonException.of("TypeError", "unsupported format string passed to " + value.typeName() + ".__format__");
    }

    static String formatStr(String text, FormatSpec spec) {
        if (spec.type() != 0 && spec.type() != 's') {
            throw unknownCode(spec.type(), "str");
        }
        if (spec.sign() != 0) {
            throw PythonException.of("ValueError", (spec.sign() == ' ' ? "Space" : "Sign") + " not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw PythonException.of("ValueError", "Alternate form (#) not allowed in string format specifier");
        }
        if (spec.coerceNegativeZero()) {
            throw PythonException.of("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw PythonException.of("ValueError", "'=' alignment not allowed in string format specifier");
        }
        if (spec.grouping() != 0) {
            throw PythonException.of("ValueError", "Cannot specify '" + spec.grouping() + "' with 's'.");
        }
        if (spec.precision() >= 0 && spec.precision() < text.length()) {
            text = text.substring(0, spec.precision());
        }
        return spec.pad("", text, '<');
    }

    static String formatInt(PyInt value, FormatSpec spec) {
        char type = spec.type();
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloat(value.toDouble(), spec);
            case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
                break;
            default:
                throw unknownCode(type, value.typeName());
        }
        if (spec.precision() >= 0) {
            throw PythonException.of("ValueError", "Precision not allowed in integer format specifier");
        }
        if (spec.coerceNegativeZero()) {
            throw PythonException.of("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (spec.sign() != 0) {
                throw PythonException.of("ValueError", "Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw PythonException.of("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (value.isBig()) {
                throw PythonException.of("OverflowError", "Python int too large to convert to C long");
            }
            if (value.value() < 0 || value.value() > 0x10FFFF) {
                throw PythonException.of("OverflowError", "%c arg not in range(0x110000)");
            }
            return spec.pad("", Characters.chr(value), '>');
        }
        BigInteger magnitude = value.bigValue().abs();
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits;
        if (!value.isBig() && value.value() != Long.MIN_VALUE) {
            long abs = Math.abs(value.value());
            digits = radix == 10 ? Long.toString(abs) : Long.toString(abs, radix);
        } else {
            digits = magnitude.toString(radix);
        }
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        String prefix = !spec.alternate() || radix == 10 ? "" : "0" + (type == 'X' ? "X" : type == 'x' ? "x" : String.valueOf(type));
        return layoutNumber(value.signum() < 0, prefix, digits, "", spec, radix == 10 ? 3 : 4);
    }

    static String formatFloat(double x, FormatSpec spec) {
        char type = spec.type();
        if ("eEfFgGn%".indexOf(type) < 0 && type != 0) {
            throw unknownCode(type, "float");
        }
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        double magnitude = Math.abs(x);
        String body = floatBody(magnitude, type, spec.precision(), spec.alternate());
        if (negative && spec.coerceNegativeZero() && !Double.isInfinite(x) && isZeroText(body)) {
            negative = false;
        }
        if (Double.isNaN(x)) {
            negative = false;
        }
        // Split the integer digits (grouped, zero-padded) from the fraction/exponent part.
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return layoutNumber(negative, "", body.substring(0, end), body.substring(end), spec, 3);
    }

    /** The unsigned text of a float in one presentation type. */
    static String floatBody(double magnitude, char type, int precision, boolean alternate) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isNaN(magnitude) || Double.isInfinite(magnitude)) {
            String word = Double.isNaN(magnitude) ? "nan" : "inf";
            return (upper ? word.toUpperCase() : word) + (type == '%' ? "%" : "");
        }
        int p = precision < 0 ? DEFAULT_PRECISION : precision;
        String text;
        switch (type) {
            case 'f', 'F' -> text = withPoint(FloatText.fixed(magnitude, p), alternate && p == 0);
            case '%' -> text = withPoint(FloatText.fixed(magnitude * 100, p), alternate && p == 0) + "%";
            case 'e', 'E' -> text = scientific(magnitude, p, alternate);
            case 'g', 'G', 'n' -> text = general(magnitude, p, alternate, false);
            default -> text = precision < 0 ? FloatText.repr(magnitude) : general(magnitude, p, alternate, true);
            // (the no-type form with a precision is 'g' in CPython's repr style: see general())
        }
        return upper ? text.toUpperCase() : text;
    }

    private static String withPoint(String text, boolean addPoint) {
        return addPoint ? text + "." : text;
    }

    private static String scientific(double magnitude, int p, boolean alternate) {
        String text = FloatText.scientific(magnitude, p);
        if (alternate && p == 0) {
            int e = text.indexOf('e');
            text = text.substring(0, e) + "." + text.substring(e);
        }
        return text;
    }

    /**
     * 'g': {@code p} significant digits, fixed notation when the exponent lies in [-4, p), trailing
     * zeros removed unless {@code #}; the no-type form with a precision also keeps a ".0".
     */
    private static String general(double magnitude, int p, boolean alternate, boolean addDotZero) {
        if (p == 0) {
            p = 1;
        }
        String sci = FloatText.scientific(magnitude, p - 1);
        int exponent = Integer.parseInt(sci.substring(sci.indexOf('e') + 1));
        String text;
        // CPython's repr style (no type, a precision) switches to exponent notation one digit earlier.
        int limit = addDotZero ? p - 1 : p;
        if (exponent >= -4 && exponent < limit) {
            text = FloatText.fixed(magnitude, p - 1 - exponent);
            if (!alternate) {
                text = stripZeros(text);
            } else if (text.indexOf('.') < 0) {
                text += ".";
            }
            if (addDotZero && text.indexOf('.') < 0) {
                text += ".0";
            }
        } else {
            int e = sci.indexOf('e');
            String mantissa = sci.substring(0, e);
            if (!alternate) {
                mantissa = stripZeros(mantissa);
            } else if (mantissa.indexOf('.') < 0) {
                mantissa += ".";
            }
            text = mantissa + sci.substring(e);
        }
        return text;
    }

    private static String stripZeros(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        int end = text.length();
        while (text.charAt(end - 1) == '0') {
            end--;
        }
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean isZeroText(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Sign, prefix, integer digits (grouped; with zero padding the zeros are grouped too, as CPython
     * does), then the rest (fraction, exponent, %), padded to the width.
     */
    static String layoutNumber(boolean negative, String prefix, String digits, String rest, FormatSpec spec, int groupSize) {
        String sign = negative ? "-" : spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "";
        String head = sign + prefix;
        boolean zeroPad = spec.align() == '=' && spec.fill() == '0';
        if (spec.grouping() != 0 && !digits.isEmpty()) { // inf and nan have no digits to group
            int minWidth = zeroPad ? Math.max(0, spec.width() - head.length() - rest.length()) : 0;
            digits = group(digits, minWidth, spec.grouping(), groupSize);
        }
        return spec.pad(head, digits + rest, '>');
    }

    /** CPython's thousands grouping: groups from the right, padding with zeros up to {@code minWidth}. */
    static String group(String digits, int minWidth, char separator, int size) {
        StringBuilder out = new StringBuilder();
        int remaining = minWidth;
        int left = digits.length();
        while (true) {
            int l = Math.min(Math.max(Math.max(remaining, left), 1), size);
            int zeros = Math.max(0, l - left);
            int chars = Math.max(0, Math.min(l, left));
            StringBuilder part = new StringBuilder();
            part.append("0".repeat(zeros)).append(digits, left - chars, left);
            if (out.length() > 0) {
                part.append(separator);
            }
            out.insert(0, part);
            left -= chars;
            remaining -= l;
            if (left == 0 && remaining <= 0) {
                break;
            }
            remaining -= 1;
        }
        return out.toString();
    }

    private static PythonException unknownCode(char type, String typeName) {
        return PythonException.of("ValueError", "Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }
}
