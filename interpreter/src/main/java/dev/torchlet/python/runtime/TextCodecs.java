package dev.torchlet.python.runtime;

import java.util.Locale;

/**
 * {@code str.encode} and {@code bytes.decode} for UTF-8, ASCII and Latin-1, by hand (TeaVM's
 * charsets are limited), with CPython's error handlers strict/ignore/replace and its error messages.
 * Positions in messages count code points, as CPython's do.
 */
public final class TextCodecs {
    private TextCodecs() {
    }

    /** An encoding or errors argument, which must be a str. */
    static String argument(PyObject x, String function, String parameter) {
        if (!(x instanceof PyStr s)) {
            throw PythonException.of("TypeError", function + " argument '" + parameter + "' must be str, not " + x.typeName());
        }
        return s.value();
    }

    /** CPython's canonical codec name ("utf-8", "ascii", "latin-1") for an encoding's spelling. */
    private static String codec(String encoding) {
        String normal = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (normal) {
            case "utf-8", "utf8", "u8", "utf" -> "utf-8";
            case "ascii", "us-ascii", "646" -> "ascii";
            case "latin-1", "latin1", "latin", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1" -> "latin-1";
            default -> throw PythonException.of("LookupError", "unknown encoding: " + encoding);
        };
    }

    private static void checkErrors(String errors) {
        if (!errors.equals("strict") && !errors.equals("ignore") && !errors.equals("replace")) {
            throw PythonException.of("NotImplementedError", "the '" + errors
                    + "' error handler is not supported by Torchlet yet (strict, ignore and replace are)");
        }
    }

    public static byte[] encode(String text, String encoding, String errors) {
        String codec = codec(encoding);
        Bytes out = new Bytes(text.length());
        int position = 0;
        for (int i = 0; i < text.length(); position++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean surrogate = c >= 0xD800 && c <= 0xDFFF;
            int limit = codec.equals("ascii") ? 0x80 : codec.equals("latin-1") ? 0x100 : 0x110000;
            if (c < limit && !surrogate) {
                if (codec.equals("utf-8")) {
                    appendUtf8(out, c);
                } else {
                    out.add(c);
                }
                continue;
            }
            checkErrors(errors);
            if (errors.equals("strict")) {
                throw PythonException.of("UnicodeEncodeError", "'" + codec + "' codec can't encode character '" + escaped(c)
                        + "' in position " + position + ": " + (surrogate && c < limit ? "surrogates not allowed"
                        : "ordinal not in range(" + limit + ")"));
            }
            if (errors.equals("replace")) {
                out.add('?');
            }
        }
        return out.toArray();
    }

    private static void appendUtf8(Bytes out, int c) {
        if (c < 0x80) {
            out.add(c);
        } else if (c < 0x800) {
            out.add(0xC0 | c >> 6);
            out.add(0x80 | c & 0x3F);
        } else if (c < 0x10000) {
            out.add(0xE0 | c >> 12);
            out.add(0x80 | c >> 6 & 0x3F);
            out.add(0x80 | c & 0x3F);
        } else {
            out.add(0xF0 | c >> 18);
            out.add(0x80 | c >> 12 & 0x3F);
            out.add(0x80 | c >> 6 & 0x3F);
            out.add(0x80 | c & 0x3F);
        }
    }

    /** A character as CPython's messages show it: \xhh, \\uhhhh or \\Uhhhhhhhh. */
    private static String escaped(int c) {
        String hex = Integer.toHexString(c);
        int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
        return (c < 0x100 ? "\\x" : c < 0x10000 ? "\\u" : "\\U") + "0".repeat(digits - hex.length()) + hex;
    }

    public static String decode(byte[] data, String encoding, String errors) {
        String codec = codec(encoding);
        StringBuilder out = new StringBuilder(data.length);
        int i = 0;
        while (i < data.length) {
            int b = data[i] & 0xFF;
            if (codec.equals("latin-1") || b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int end = i + 1;
            String reason = "ordinal not in range(128)";
            if (codec.equals("utf-8")) {
                int[] decoded = decodeUtf8(data, i);
                if (decoded[0] >= 0) {
                    out.appendCodePoint(decoded[0]);
                    i = decoded[1];
                    continue;
                }
                end = decoded[1];
                reason = decoded[0] == -1 ? "invalid start byte" : decoded[0] == -2 ? "invalid continuation byte" : "unexpected end of data";
            }
            checkErrors(errors);
            if (errors.equals("strict")) {
                String where = end - i == 1 ? "byte 0x" + Integer.toHexString(0x100 | b).substring(1) + " in position " + i
                        : "bytes in position " + i + "-" + (end - 1);
                throw PythonException.of("UnicodeDecodeError", "'" + codec + "' codec can't decode " + where + ": " + reason);
            }
            if (errors.equals("replace")) {
                out.append('\uFFFD');
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * The UTF-8 sequence at {@code i}: {code point, next index}, or on failure {-1 invalid start,
     * -2 invalid continuation, -3 truncated; the end of the invalid part} (CPython's maximal subpart).
     */
    private static int[] decodeUtf8(byte[] data, int i) {
        int lead = data[i] & 0xFF;
        int more;
        int value;
        if (lead >= 0xC2 && lead <= 0xDF) {
            more = 1;
            value = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            more = 2;
            value = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            more = 3;
            value = lead & 0x07;
        } else {
            return new int[] {-1, i + 1};
        }
        for (int k = 1; k <= more; k++) {
            if (i + k >= data.length) {
                return new int[] {-3, data.length};
            }
            int b = data[i + k] & 0xFF;
            // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
            int low = k > 1 ? 0x80 : lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
            int high = k > 1 ? 0xBF : lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
            if (b < low || b > high) {
                return new int[] {-2, i + k};
            }
            value = value << 6 | b & 0x3F;
        }
        return new int[] {value, i + more + 1};
    }

    /** A growing byte buffer. */
    private static final class Bytes {
        private byte[] data;
        private int size;

        Bytes(int capacity) {
            data = new byte[Math.max(16, capacity)];
        }

        void add(int b) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = (byte) b;
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
