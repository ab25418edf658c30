package dev.torchlet.python.modules.matplotlib;

import dev.torchlet.python.runtime.JsonText;

/** One thing drawn in an Axes, as the page receives it (see {@link Figure#toJson}). */
interface Series {
    String toJson();

    /** {@code plot}: a line through points, with optional markers. */
    record Line(double[] x, double[] y, String label, String color, String lineStyle, String marker, double lineWidth)
            implements Series {
        @Override
        public String toJson() {
            return "{\"kind\":\"line\",\"x\":" + JsonText.numbers(x) + ",\"y\":" + JsonText.numbers(y) + ",\"label\":"
                    + JsonText.string(label) + ",\"color\":" + JsonText.string(color) + ",\"lineStyle\":"
                    + JsonText.string(lineStyle) + ",\"marker\":" + JsonText.string(marker) + ",\"lineWidth\":"
                    + JsonText.number(lineWidth) + "}";
        }
    }

    /** {@code scatter}: points; size is matplotlib's s (area in points²). */
    record Scatter(double[] x, double[] y, String label, String color, double[] colorValues, double size, String marker,
            double alpha) implements Series {
        @Override
        public String toJson() {
            return "{\"kind\":\"scatter\",\"x\":" + JsonText.numbers(x) + ",\"y\":" + JsonText.numbers(y) + ",\"label\":"
                    + JsonText.string(label) + ",\"color\":" + JsonText.string(color) + ",\"colorValues\":"
                    + (colorValues == null ? "null" : JsonText.numbers(colorValues)) + ",\"size\":" + JsonText.number(size)
                    + ",\"marker\":" + JsonText.string(marker) + ",\"alpha\":" + JsonText.number(alpha) + "}";
        }
    }

    /** {@code bar} and {@code hist}: bars from left edges with widths. */
    record Bars(double[] left, double[] width, double[] height, String label, String color, double alpha) implements Series {
        @Override
        public String toJson() {
            return "{\"kind\":\"bars\",\"left\":" + JsonText.numbers(left) + ",\"width\":" + JsonText.numbers(width)
                    + ",\"height\":" + JsonText.numbers(height) + ",\"label\":" + JsonText.string(label) + ",\"color\":"
                    + JsonText.string(color) + ",\"alpha\":" + JsonText.number(alpha) + "}";
        }
    }

    /** {@code imshow}: rows × cols pixels of 1 (mapped through cmap between vmin and vmax), 3 or 4 channels. */
    record Image(int rows, int cols, int channels, double[] data, String cmap, double vmin, double vmax) implements Series {
        @Override
        public String toJson() {
            return "{\"kind\":\"image\",\"rows\":" + rows + ",\"cols\":" + cols + ",\"channels\":" + channels + ",\"data\":"
                    + JsonText.numbers(data) + ",\"cmap\":" + JsonText.string(cmap) + ",\"vmin\":" + JsonText.number(vmin)
                    + ",\"vmax\":" + JsonText.number(vmax) + "}";
        }
    }
}
