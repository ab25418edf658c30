package dev.torchlet.python.runtime;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** {@code int(x)} and {@code int(text, base)} with CPython's accepted spellings and error messages. */
final class IntConversion {
    private IntConversion() {
    }

    static PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        NativeFunction.rejectUnknownKeywords("int", kwargs, "base");
        if (args.size() > 2) {
            throw PythonException.of("TypeError", "int() takes at most 2 arguments (" + args.size() + " given)");
        }
        PyObject baseArgument = args.size() == 2 ? args.get(1) : kwargs.get("base");
        if (args.isEmpty()) {
            if (baseArgument != null) {
                throw PythonException.of("TypeError", "int() missing string argument");
            }
            return PyInt.of(0);
        }
        PyObject x = args.get(0);
        if (baseArgument != null) {
            if (!(x instanceof PyStr) && !(x instanceof PyBytes)) {
                throw PythonException.of("TypeError", "int() can't convert non-string with explicit base");
            }
            if (!(baseArgument instanceof PyInt b)) {
                throw PythonException.of("TypeError", "'" + baseArgument.typeName() + "' object cannot be interpreted as an integer");
            }
            long base = b.isBig() ? -1 : b.value();
            if (base != 0 && (base < 2 || base > 36)) {
                throw PythonException.of("ValueError", "int() base must be >= 2 and <= 36, or 0");
            }
            return x instanceof PyBytes bytes ? parse(bytes.latin1(), (int) base, bytes.repr()) : parse(((PyStr) x).value(), (int) base);
        }
        return of(x);
    }

    /** {@code int(x)} with no base. */
    static PyInt of(PyObject x) {
        if (x instanceof PyBool b) {
            return PyInt.of(b.value());
        }
        if (x instanceof PyInt i) {
            return i;
        }
        if (x instanceof PyFloat f) {
            return IntArithmetic.fromDouble(f.value());
        }
        if (x instanceof PyStr s) {
            return parse(s.value(), 10);
        }
        if (x instanceof PyBytes b) {
            return parse(b.latin1(), 10, b.repr());
        }
        PyObject converted = Conversions.callDunder(x, "__int__");
        if (converted == null) {
            converted = Conversions.callDunder(x, "__index__");
        }
        if (converted instanceof PyInt i) {
            return i;
        }
        throw PythonException.of("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '"
                + x.typeName() + "'");
    }

    /** Python's int literal grammar for {@code int(text, base)}: sign, optional prefix, digits with single underscores. */
    static PyInt parse(String original, int base) {
        return parse(original, base, new PyStr(original).repr());
    }

    /** As {@link #parse(String, int)}; errors show the argument as {@code shown} (a bytes argument's repr). */
    static PyInt parse(String original, int base, String shown) {
        int requestedBase = base; // errors name the base the caller asked for (0 for auto-detection)
        String text = original.strip();
        int i = 0;
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int prefixBase = 0;
        if (i + 1 < text.length() && text.charAt(i) == '0') {
            char p = Character.toLowerCase(text.charAt(i + 1));
            prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        }
        boolean underscoreAllowed = false;
        if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
            base = prefixBase;
            i += 2;
            underscoreAllowed = true; // 0x_ff is valid
        } else if (base == 0) {
            // Without a prefix base 0 means decimal, where a leading zero is only valid for zero itself.
            base = 10;
            String digits = text.substring(i).replace("_", "");
            if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.replace("0", "").isEmpty()) {
                throw invalid(shown, 0);
            }
            return parseDigits(text, i, 10, negative, false, shown, 0);
        }
        return parseDigits(text, i, base, negative, underscoreAllowed, shown, requestedBase);
    }

    private static PyInt parseDigits(String text, int start, int base, boolean negative, boolean underscoreAllowed,
            String shown, int reportedBase) {
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = !underscoreAllowed;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    throw invalid(shown, reportedBase);
                }
                lastUnderscore = true;
                continue;
            }
            // ASCII letters and any Unicode decimal digit ('٣' is 3), as CPython accepts.
            int d = Character.digit(c, base);
            if (d < 0 || c > 127 && !Character.isDigit(c)) {
                throw invalid(shown, reportedBase);
            }
            digits.append(Character.forDigit(d, base));
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            throw invalid(shown, reportedBase);
        }
        Limits.checkDigitsToParse(digits.length(), base);
        BigInteger value = new BigInteger(digits.toString(), base);
        return PyInt.of(negative ? value.negate() : value);
    }

    private static PythonException invalid(String shown, int base) {
        return PythonException.of("ValueError", "invalid literal for int() with base " + base + ": " + shown);
    }
}
