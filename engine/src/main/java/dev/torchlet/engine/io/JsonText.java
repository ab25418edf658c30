package dev.torchlet.engine.io;

import dev.torchlet.engine.TorchException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON a safetensors header uses: objects (in order), arrays, strings, integers; and quoting as serde_json does. */
final class JsonText {
    private final String text;
    private int p;

    JsonText(String text) {
        this.text = text;
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        String hex = Integer.toHexString(c);
                        out.append("\\u00").append(hex.length() < 2 ? "0" : "").append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    Object parse() {
        Object value = value();
        skipSpace();
        if (p != text.length()) {
            throw error("unexpected text after the header object");
        }
        return value;
    }

    private TorchException error(String what) {
        return TorchException.runtime("safetensors: invalid JSON header at character " + p + ": " + what);
    }

    private void skipSpace() {
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\n' || text.charAt(p) == '\r' || text.charAt(p) == '\t')) {
            p++;
        }
    }

    private void expect(char c) {
        skipSpace();
        if (p >= text.length() || text.charAt(p) != c) {
            throw error("expected '" + c + "'");
        }
        p++;
    }

    private Object value() {
        skipSpace();
        if (p >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(p);
        if (c == '{') {
            p++;
            Map<String, Object> map = new LinkedHashMap<>();
            skipSpace();
            if (text.charAt(p) == '}') {
                p++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                expect(':');
                map.put(key, value());
                skipSpace();
                if (p < text.length() && text.charAt(p) == ',') {
                    p++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }
        if (c == '[') {
            p++;
            List<Object> list = new ArrayList<>();
            skipSpace();
            if (text.charAt(p) == ']') {
                p++;
                return list;
            }
            while (true) {
                list.add(value());
                skipSpace();
                if (p < text.length() && text.charAt(p) == ',') {
                    p++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            int start = p++;
            while (p < text.length() && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
                p++;
            }
            return Long.parseLong(text.substring(start, p));
        }
        throw error("unsupported value (the header holds objects, arrays, strings and integers)");
    }

    private String string() {
        if (p >= text.length() || text.charAt(p) != '"') {
            throw error("expected a string");
        }
        p++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (p >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(p++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(p++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(p, p + 4), 16));
                    p += 4;
                }
                default -> out.append(e); // \" \\ \/
            }
        }
    }
}
