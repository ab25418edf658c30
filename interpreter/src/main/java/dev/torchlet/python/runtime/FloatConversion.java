package dev.torchlet.python.runtime;

import java.util.List;
import java.util.Map;

/** {@code float(x)} with CPython's accepted text ({@code ' 1_000.5 '}, {@code 'inf'}, {@code '-nan'}) and errors. */
final class FloatConversion {
    private FloatConversion() {
    }

    static PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        if (!kwargs.isEmpty()) {
            throw PythonException.of("TypeError", "float() takes no keyword arguments");
        }
        if (args.size() > 1) {
            throw PythonException.of("TypeError", "float expected at most 1 argument, got " + args.size());
        }
        if (args.isEmpty()) {
            return new PyFloat(0.0);
        }
        PyObject x = args.get(0);
        if (x instanceof PyFloat) {
            return x;
        }
        if (x instanceof PyInt i) {
            return new PyFloat(i.toDouble());
        }
        if (x instanceof PyStr s) {
            return new PyFloat(parse(s.value()));
        }
        if (x instanceof PyBytes b) {
            return new PyFloat(parse(b.latin1(), b.repr()));
        }
        PyObject converted = Conversions.callDunder(x, "__float__");
        if (converted instanceof PyFloat) {
            return converted;
        }
        throw PythonException.of("TypeError", "float() argument must be a string or a real number, not '" + x.typeName() + "'");
    }

    static double parse(String original) {
        return parse(original, new PyStr(original).repr());
    }

    /** As {@link #parse(String)}; errors show the argument as {@code shown} (a bytes argument's repr). */
    static double parse(String original, String shown) {
        String text = original.strip();
        String lower = text.toLowerCase();
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        double sign = lower.startsWith("-") ? -1.0 : 1.0;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        String digits = withoutUnderscores(unsigned);
        if (digits == null || !isDecimalLiteral(digits)) {
            throw PythonException.of("ValueError", "could not convert string to float: " + shown);
        }
        return sign * BinaryToDouble.parseDecimal(digits);
    }

    /** Drops underscores that sit between two digits; null when one sits anywhere else. */
    private static String withoutUnderscores(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                boolean between = i > 0 && i + 1 < s.length() && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1));
                if (!between) {
                    return null;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** digits [. digits] [e [sign] digits], with at least one digit in the mantissa. */
    private static boolean isDecimalLiteral(String s) {
        int i = 0;
        int mantissaDigits = 0;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
            mantissaDigits++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) {
            return false;
        }
        if (i < s.length() && s.charAt(i) == 'e') {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == s.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
