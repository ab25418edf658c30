package dev.torchlet.python.runtime;

/**
 * A parsed format specification, Python's mini-language:
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 *
 * @param fill padding character
 * @param align {@code < > = ^}, or 0 when the spec gave none (each type picks its default)
 * @param sign {@code + - space}, or 0 for the default
 * @param coerceNegativeZero the {@code z} flag
 * @param alternate the {@code #} flag
 * @param width minimum width, -1 when absent
 * @param grouping {@code ,} or {@code _}, or 0
 * @param precision -1 when absent
 * @param type the presentation type, or 0 when absent
 */
public record FormatSpec(char fill, char align, char sign, boolean coerceNegativeZero, boolean alternate, int width,
        char grouping, int precision, char type) {

    /** Parses {@code spec} for a value of {@code typeName} ({@code '>'} for numbers and {@code '<'} for str as default alignment). */
    public static FormatSpec parse(String spec, String typeName, char defaultAlign) {
        int n = spec.length();
        int pos = 0;
        char fill = ' ';
        char align = 0;
        boolean fillGiven = false;
        if (n >= 2 && isAlign(spec.charAt(1))) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            fillGiven = true;
            pos = 2;
        } else if (n >= 1 && isAlign(spec.charAt(0))) {
            align = spec.charAt(0);
            pos = 1;
        }
        char sign = 0;
        if (pos < n && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            sign = spec.charAt(pos++);
        }
        boolean z = false;
        if (pos < n && spec.charAt(pos) == 'z') {
            z = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < n && spec.charAt(pos) == '#') {
            alternate = true;
            pos++;
        }
        if (!fillGiven && pos < n && spec.charAt(pos) == '0') {
            // A leading 0 pads with zeros; numbers then pad after the sign ('=').
            fill = '0';
            if (align == 0 && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        int width = -1;
        int start = pos;
        while (pos < n && Character.isDigit(spec.charAt(pos))) {
            pos++;
        }
        if (pos > start) {
            width = parseCount(spec.substring(start, pos));
        }
        char grouping = 0;
        if (pos < n && (spec.charAt(pos) == ',' || spec.charAt(pos) == '_')) {
            grouping = spec.charAt(pos++);
            if (pos < n && (spec.charAt(pos) == ',' || spec.charAt(pos) == '_')) {
                throw PythonException.of("ValueError", "Cannot specify both ',' and '_'.");
            }
        }
        int precision = -1;
        if (pos < n && spec.charAt(pos) == '.') {
            pos++;
            start = pos;
            while (pos < n && Character.isDigit(spec.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw PythonException.of("ValueError", "Format specifier missing precision");
            }
            precision = parseCount(spec.substring(start, pos));
        }
        if (n - pos > 1) {
            throw PythonException.of("ValueError", "Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        char type = pos < n ? spec.charAt(pos) : 0;
        if (grouping != 0 && "defgEGF%".indexOf(type) < 0 && type != 0
                && !(grouping == '_' && "boxX".indexOf(type) >= 0)) {
            throw PythonException.of("ValueError", "Cannot specify '" + grouping + "' with '" + type + "'.");
        }
        return new FormatSpec(fill, align, sign, z, alternate, width, grouping, precision, type);
    }

    private static int parseCount(String digits) {
        if (digits.length() > 9) {
            throw PythonException.of("ValueError", "Too many decimal digits in format string");
        }
        return Integer.parseInt(digits);
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Pads {@code prefix + body} to the width: {@code prefix} (sign, 0x) stays left of {@code =} padding. */
    String pad(String prefix, String body, char defaultAlign) {
        int length = prefix.length() + body.length();
        if (width <= length) {
            return prefix + body;
        }
        int missing = width - length;
        char a = align == 0 ? defaultAlign : align;
        String padding = String.valueOf(fill).repeat(missing);
        return switch (a) {
            case '<' -> prefix + body + padding;
            case '=' -> prefix + padding + body;
            case '^' -> String.valueOf(fill).repeat(missing / 2) + prefix + body + String.valueOf(fill).repeat(missing - missing / 2);
            default -> padding + prefix + body;
        };
    }
}
