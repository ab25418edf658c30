package dev.torchlet.python.modules.numpy;

import dev.torchlet.engine.DType;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.format.FloatText;
import java.util.ArrayList;
import java.util.List;

/**
 * NumPy 1.24's {@code repr}/{@code str} of an array under {@link NumpyPrintOptions} (by default line width 75,
 * summarised with {@code ...} and 3 edge items past 1000 elements): {@code array2string}'s nested
 * brackets, line wrapping with a hanging indent, blank lines between blocks, and the
 * {@code dtype=} suffix for types other than float64, int64 and bool.
 */
final class ArrayPrinter {
    private final int edgeItems = NumpyPrintOptions.edgeItems;

    private final Tensor t;
    private final long[] shape;
    private final boolean summarise;
    private final ArrayElementFormat format;
    private final String separator;

    private ArrayPrinter(Tensor t, String separator) {
        this.t = t;
        this.shape = t.shape();
        this.summarise = t.numel() > NumpyPrintOptions.threshold;
        this.separator = separator;
        List<Double> shown = new ArrayList<>();
        collectShown(0, 0, shown);
        double[] values = new double[shown.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = shown.get(i);
        }
        this.format = new ArrayElementFormat(t.dtype(), values, shape.length == 0);
    }

    /** {@code repr(a)}: {@code array([1., 2.])}, {@code array([1, 2], dtype=int32)}. */
    static String repr(Tensor t) {
        String prefix = "array(";
        boolean impliedDtype = (t.dtype() == DType.FLOAT64 || t.dtype() == DType.INT64 || t.dtype() == DType.BOOL) && t.numel() > 0;
        String body;
        if (t.numel() == 0) {
            body = t.dim() == 1 ? "[]" : "[], shape=" + shapeText(t.shape());
        } else {
            body = new ArrayPrinter(t, ", ").layout(prefix.length(), NumpyPrintOptions.lineWidth - 1);
        }
        String text = prefix + body + ")";
        if (impliedDtype) {
            return text;
        }
        String dtype = "dtype=" + NumpyDType.name(t.dtype()) + ")";
        int lastLine = text.length() - (text.lastIndexOf('\n') + 1);
        String spacer = lastLine + dtype.length() + 1 > NumpyPrintOptions.lineWidth ? "\n" + " ".repeat(prefix.length()) : " ";
        return text.substring(0, text.length() - 1) + "," + spacer + dtype;
    }

    /** {@code str(a)}: {@code [1. 2.]}; a 0-d array prints as its scalar. */
    static String str(Tensor t) {
        if (t.dim() == 0) {
            return scalarStr(t);
        }
        if (t.numel() == 0) {
            return "[]";
        }
        return new ArrayPrinter(t, " ").layout(0, NumpyPrintOptions.lineWidth);
    }

    /** How NumPy prints one of its scalars: Python's repr for float64, the shortest float32 digits for float32. */
    static String scalarStr(Tensor t) {
        if (t.dtype() == DType.FLOAT64) {
            return FloatText.repr(t.itemAsDouble());
        }
        if (t.dtype() == DType.FLOAT32) {
            double v = t.itemAsDouble();
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return FloatText.repr(v);
            }
            // np.float32's str: shortest float32 digits in Python's repr layout.
            double a = Math.abs(v);
            if (v != 0 && (a >= 1e16 || a < 1e-4)) {
                String s = dev.torchlet.engine.format.UniqueDecimalText.scientific(v, true, 8);
                return s.replace(".e", "e");
            }
            String s = dev.torchlet.engine.format.UniqueDecimalText.positional(v, true, 60);
            return s.endsWith(".") ? s + "0" : s;
        }
        return t.dtype() == DType.BOOL ? (t.itemAsLong() != 0 ? "True" : "False") : Long.toString(t.itemAsLong());
    }

    private static String shapeText(long[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    private boolean summarised(int axis) {
        return summarise && 2 * edgeItems < shape[axis];
    }

    /** The values NumPy looks at to pick widths: all of them, or the edge items along each axis. */
    private void collectShown(int axis, long offset, List<Double> out) {
        if (axis == shape.length) {
            out.add(valueAt(offset));
            return;
        }
        long stride = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            stride *= shape[d];
        }
        for (long i = 0; i < shape[axis]; i++) {
            if (summarised(axis) && i == edgeItems) {
                i = shape[axis] - edgeItems;
            }
            collectShown(axis + 1, offset + i * stride, out);
        }
    }

    private double valueAt(long rowMajor) {
        return t.dtype().isFloatingPoint() ? t.doubleAt(rowMajor) : t.longAt(rowMajor);
    }

    private String layout(int prefixLength, int lineWidth) {
        String hanging = " ".repeat(prefixLength + 1);
        return recurse(0, 0, hanging, lineWidth);
    }

    /** NumPy's {@code _formatArray} recursion. */
    private String recurse(int axis, long offset, String hangingIndent, int currWidth) {
        if (axis == shape.length) {
            return format.format(valueAt(offset));
        }
        String nextHanging = hangingIndent + " ";
        int nextWidth = currWidth - 1;
        long length = shape[axis];
        boolean showSummary = summarised(axis);
        long leading = showSummary ? edgeItems : 0;
        long trailing = showSummary ? edgeItems : length;
        long stride = 1;
        for (int d = axis + 1; d < shape.length; d++) {
            stride *= shape[d];
        }
        StringBuilder s = new StringBuilder();
        int axesLeft = shape.length - axis;
        if (axesLeft == 1) {
            int elemWidth = currWidth - Math.max(rstrip(separator).length(), 1);
            StringBuilder line = new StringBuilder(hangingIndent);
            for (long i = 0; i < leading; i++) {
                extend(s, line, recurse(axis + 1, offset + i * stride, nextHanging, nextWidth), elemWidth, hangingIndent);
                line.append(separator);
            }
            if (showSummary) {
                extend(s, line, "...", elemWidth, hangingIndent);
                line.append(separator);
            }
            for (long i = trailing; i > 1; i--) {
                extend(s, line, recurse(axis + 1, offset + (length - i) * stride, nextHanging, nextWidth), elemWidth, hangingIndent);
                line.append(separator);
            }
            extend(s, line, recurse(axis + 1, offset + (length - 1) * stride, nextHanging, nextWidth), elemWidth, hangingIndent);
            s.append(line);
        } else {
            String lineSep = rstrip(separator) + "\n".repeat(axesLeft - 1);
            for (long i = 0; i < leading; i++) {
                s.append(hangingIndent).append(recurse(axis + 1, offset + i * stride, nextHanging, nextWidth)).append(lineSep);
            }
            if (showSummary) {
                s.append(hangingIndent).append("...").append(lineSep);
            }
            for (long i = trailing; i > 1; i--) {
                s.append(hangingIndent).append(recurse(axis + 1, offset + (length - i) * stride, nextHanging, nextWidth)).append(lineSep);
            }
            s.append(hangingIndent).append(recurse(axis + 1, offset + (length - 1) * stride, nextHanging, nextWidth));
        }
        return "[" + s.substring(hangingIndent.length()) + "]";
    }

    private static String rstrip(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }

    /** NumPy's {@code _extendLine}: wrap before a word that would pass the width, unless the line holds only the indent. */
    private static void extend(StringBuilder s, StringBuilder line, String word, int width, String nextLinePrefix) {
        boolean wrap = line.length() + word.length() > width && line.length() > nextLinePrefix.length();
        if (wrap) {
            s.append(rstrip(line.toString())).append('\n');
            line.setLength(0);
            line.append(nextLinePrefix);
        }
        line.append(word);
    }
}
