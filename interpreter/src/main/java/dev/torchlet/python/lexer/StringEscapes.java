package dev.torchlet.python.lexer;

import dev.torchlet.python.PythonSyntaxError;

/**
 * Python's backslash escapes in string literals: \n-style letters, octal, \xhh, \\uXXXX and \\UXXXXXXXX.
 * Bytes literals decode the same escapes except the Unicode ones, which they keep as written.
 */
public final class StringEscapes {
    private StringEscapes() {
    }

    /**
     * Decodes the escape whose backslash is at {@code text[at]} into {@code out}; returns the index
     * after it. An unknown escape stays as written (backslash included), as in Python. Malformed
     * hex escapes are CPython's SyntaxError, reported at {@code line}/{@code column}.
     */
    public static int decode(String text, int at, StringBuilder out, int line, int column) {
        return decode(text, at, out, line, column, false, 0);
    }

    /**
     * As {@link #decode(String, int, StringBuilder, int, int)}; for a bytes literal ({@code bytes})
     * every decoded value is one byte (a char 0..255) and {@code \\u \\U \\N} stay as written.
     * {@code bodyStart} is where the literal's text begins, for the positions errors name.
     */
    public static int decode(String text, int at, StringBuilder out, int line, int column, boolean bytes, int bodyStart) {
        char c = text.charAt(at + 1);
        if (bytes && (c == 'u' || c == 'U' || c == 'N')) {
            out.append('\\').append(c);
            return at + 2;
        }
        switch (c) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'v' -> out.append('\u000b');
            case '\\', '\'', '"' -> out.append(c);
            case '\n' -> { }
            case 'x' -> {
                return hex(text, at, 2, out, line, column, "\\xXX", bytes, at - bodyStart);
            }
            case 'u' -> {
                return hex(text, at, 4, out, line, column, "\\uXXXX", bytes, at - bodyStart);
            }
            case 'U' -> {
                return hex(text, at, 8, out, line, column, "\\UXXXXXXXX", bytes, at - bodyStart);
            }
            case 'N' -> throw new PythonSyntaxError("named Unicode escapes (\\N{...}) are not supported by Torchlet yet", line, column);
            default -> {
                if (c >= '0' && c <= '7') {
                    int end = at + 1;
                    int value = 0;
                    while (end < text.length() && end < at + 4 && text.charAt(end) >= '0' && text.charAt(end) <= '7') {
                        value = value * 8 + (text.charAt(end) - '0');
                        end++;
                    }
                    // A bytes literal keeps the low byte of an octal escape above \\377, as CPython 3.11 does.
                    out.append((char) (bytes ? value & 0xFF : value));
                    return end;
                }
                out.append('\\').append(c);
            }
        }
        return at + 2;
    }

    private static int hex(String text, int at, int digits, StringBuilder out, int line, int column, String form, boolean bytes,
                           int position) {
        int start = at + 2;
        int value = 0;
        for (int i = 0; i < digits; i++) {
            char c = start + i < text.length() ? text.charAt(start + i) : ' ';
            int digit = c < 128 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                throw new PythonSyntaxError(bytes ? "(value error) invalid \\x escape at position " + position
                        : "(unicode error) 'unicodeescape' codec can't decode bytes in position " + position + "-"
                        + (position + i + 1) + ": truncated " + form + " escape", line, column);
            }
            value = value * 16 + digit;
        }
        if (value > 0x10FFFF) {
            throw new PythonSyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + position + "-"
                    + (position + digits + 1) + ": illegal Unicode character", line, column);
        }
        out.appendCodePoint(value);
        return start + digits;
    }
}
