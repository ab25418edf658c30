package dev.torchlet.python.modules.matplotlib;

import dev.torchlet.python.runtime.PythonException;

/**
 * matplotlib's format string ({@code 'r--'}, {@code 'bo'}, {@code 'g^:'}): a colour letter, a
 * marker and a line style, each optional. A marker alone means no line.
 */
record LineFormat(String color, String marker, String lineStyle) {
    private static final String MARKERS = ".,ov^<>12348spP*hH+xXDd|_";

    static LineFormat parse(String format) {
        String color = null;
        String marker = null;
        String style = null;
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            String two = i + 1 < format.length() ? format.substring(i, i + 2) : "";
            if (two.equals("--") || two.equals("-.")) {
                style = two;
                i += 2;
                continue;
            }
            if (c == '-' || c == ':') {
                style = String.valueOf(c);
            } else if ("bgrcmykw".indexOf(c) >= 0 && color == null) {
                color = Colors.letter(c);
            } else if (MARKERS.indexOf(c) >= 0 && marker == null) {
                marker = String.valueOf(c);
            } else {
                throw PythonException.of("ValueError", "'" + format + "' is not a valid format string (unrecognized character '"
                        + c + "')");
            }
            i++;
        }
        if (style == null) {
            style = marker == null ? "-" : "None";
        }
        return new LineFormat(color, marker, style);
    }
}
