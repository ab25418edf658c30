package dev.torchlet.python.runtime;

/** A tiny JSON writer for what the runtime hands the page (visualizer messages, figures): no reflection, TeaVM-safe. */
public final class JsonText {
    private JsonText() {
    }

    public static String string(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        String hex = Integer.toHexString(c);
                        sb.append("\\u").append("0000".substring(hex.length())).append(hex);
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    public static String longs(long[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(values[i]);
        }
        return sb.append(']').toString();
    }

    /** A number as JSON: shortest round-trip digits; NaN and infinities (not JSON) as null. */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return "null";
        }
        return dev.torchlet.engine.format.FloatText.repr(value);
    }

    public static String numbers(double[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(number(values[i]));
        }
        return sb.append(']').toString();
    }
}
