package dev.torchlet.python.modules.matplotlib;

import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.runtime.JsonText;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One plot area of a figure (matplotlib's Axes): what was drawn in it, its labels and limits. The
 * pyplot functions act on the current Axes; {@code fig, ax = plt.subplots()} hands it out.
 */
final class Axes extends PyObject {
    private final int rows;
    private final int cols;
    private final int index;
    private final List<Series> series = new ArrayList<>();
    private String title;
    private String xlabel;
    private String ylabel;
    private double[] xlim;
    private double[] ylim;
    private boolean grid;
    private boolean legend;
    private int nextColor;

    Axes(int rows, int cols, int index) {
        this.rows = rows;
        this.cols = cols;
        this.index = index;
    }

    boolean at(int rows, int cols, int index) {
        return this.rows == rows && this.cols == cols && this.index == index;
    }

    @Override
    public String typeName() {
        return "AxesSubplot";
    }

    @Override
    public String repr() {
        return "<AxesSubplot:" + (title == null ? "" : " title={'center': '" + title + "'}") + ">";
    }

    @Override
    public PyObject getAttribute(String name) {
        return switch (name) {
            case "plot", "scatter", "bar", "hist", "imshow", "legend", "grid" -> new NativeFunction(name, (args, kwargs) -> call(name, args, kwargs));
            case "set_title", "set_xlabel", "set_ylabel" -> new NativeFunction(name, (args, kwargs) -> {
                label(name.substring(4), args, kwargs);
                return PyNone.NONE;
            });
            case "set_xlim", "set_ylim" -> new NativeFunction(name, (args, kwargs) -> limits(name.substring(4), args, kwargs));
            case "cla", "clear" -> new NativeFunction(name, (args, kwargs) -> {
                clear();
                return PyNone.NONE;
            });
            default -> super.getAttribute(name);
        };
    }

    /** Forgets what was drawn and set, so a loop can redraw the Axes (a live training curve). */
    void clear() {
        series.clear();
        title = null;
        xlabel = null;
        ylabel = null;
        xlim = null;
        ylim = null;
        grid = false;
        legend = false;
        nextColor = 0;
    }

    /** The drawing and decoration calls shared by pyplot's functions and the Axes' methods. */
    PyObject call(String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        return switch (name) {
            case "plot" -> plot(args, kwargs);
            case "scatter" -> scatter(args, kwargs);
            case "bar" -> bar(args, kwargs);
            case "hist" -> hist(args, kwargs);
            case "imshow" -> imshow(args, kwargs);
            case "legend" -> {
                Params.parse("legend", List.of(), kwargs, "loc", "fontsize", "frameon", "title");
                legend = true;
                yield PyNone.NONE;
            }
            case "grid" -> {
                Params p = Params.parse("grid", args, kwargs, "visible", "which", "axis", "color", "linestyle", "alpha",
                        "linewidth");
                grid = !p.has("visible") || p.get("visible").isTruthy();
                yield PyNone.NONE;
            }
            default -> throw new IllegalArgumentException(name);
        };
    }

    void label(String which, List<PyObject> args, Map<String, PyObject> kwargs) {
        Params p = Params.parse(which, args, kwargs, "label", "fontsize", "loc", "color", "fontdict");
        String text = p.required("label").str();
        switch (which) {
            case "title" -> title = text;
            case "xlabel" -> xlabel = text;
            default -> ylabel = text;
        }
    }

    /** {@code xlim(left, right)}, {@code xlim((left, right))}, or {@code xlim()} to read them. */
    PyObject limits(String which, List<PyObject> args, Map<String, PyObject> kwargs) {
        Params p = Params.parse(which, args, kwargs, "left", "right");
        PyObject first = p.get("left");
        double[] range;
        if (first instanceof PySequence pair && pair.items().size() == 2) {
            range = new double[] {number(which, pair.items().get(0)), number(which, pair.items().get(1))};
        } else if (p.has("left") && p.has("right")) {
            range = new double[] {number(which, first), number(which, p.get("right"))};
        } else if (!p.has("left") && !p.has("right")) {
            double[] current = which.equals("xlim") ? xlim : ylim;
            if (current == null) {
                throw PythonException.of("NotImplementedError", which + "() without arguments reads the limits, which Torchlet "
                        + "only knows once they were set (the page chooses automatic limits)");
            }
            return PySequence.tuple(List.of(new PyFloat(current[0]), new PyFloat(current[1])));
        } else {
            throw PythonException.of("NotImplementedError", which + "() with one bound is not supported by Torchlet yet");
        }
        if (which.equals("xlim")) {
            xlim = range;
        } else {
            ylim = range;
        }
        return PySequence.tuple(List.of(new PyFloat(range[0]), new PyFloat(range[1])));
    }

    private static double number(String function, PyObject value) {
        if (value instanceof PyInt i) {
            return i.value();
        }
        if (value instanceof PyFloat f) {
            return f.value();
        }
        throw PythonException.of("TypeError", function + "(): expected a number, not " + value.typeName());
    }

    private String nextColor() {
        return Colors.cycle(nextColor++);
    }

    private PyObject plot(List<PyObject> args, Map<String, PyObject> kwargs) {
        Params p = Params.parse("plot", List.of(), kwargs, "label", "color", "c", "linestyle", "ls", "linewidth", "lw",
                "marker", "markersize", "ms", "alpha");
        if (args.isEmpty() || args.size() > 3) {
            throw PythonException.of("TypeError", "plot() takes x, y and a format string (one line per call in Torchlet); got "
                    + args.size() + " positional arguments");
        }
        LineFormat format = LineFormat.parse(args.get(args.size() - 1) instanceof PyStr s ? s.value() : "");
        int dataCount = args.get(args.size() - 1) instanceof PyStr ? args.size() - 1 : args.size();
        if (dataCount == 0) {
            throw PythonException.of("TypeError", "plot() needs data before the format string");
        }
        PlotData y = PlotData.of("plot", args.get(dataCount - 1));
        double[] x = dataCount == 2 ? PlotData.of("plot", args.get(0)).values() : PlotData.positions(y.length());
        if (x.length != y.length()) {
            throw PythonException.of("ValueError", "x and y must have same first dimension, but have shapes (" + x.length
                    + ",) and (" + y.length() + ",)");
        }
        String color = p.has("color") ? Colors.named(p.get("color").str()) : p.has("c") ? Colors.named(p.get("c").str())
                : format.color() != null ? format.color() : nextColor();
        String style = p.has("linestyle") ? p.get("linestyle").str() : p.has("ls") ? p.get("ls").str() : format.lineStyle();
        String marker = p.has("marker") ? p.get("marker").str() : format.marker();
        double width = p.has("linewidth") ? p.number("linewidth", 1.5) : p.number("lw", 1.5);
        series.add(new Series.Line(x, y.values(), label(p), color, style, marker, width));
        return PySequence.list(new ArrayList<>(List.of(new Artist("matplotlib.lines.Line2D"))));
    }

    private static String label(Params p) {
        return p.has("label") ? p.get("label").str() : null;
    }

    private PyObject scatter(List<PyObject> args, Map<String, PyObject> kwargs) {
        Params p = Params.parse("scatter", args, kwargs, "x", "y", "s", "c", "marker", "cmap", "alpha", "label", "color",
                "edgecolors");
        double[] x = PlotData.of("scatter", p.required("x")).values();
        double[] y = PlotData.of("scatter", p.required("y")).values();
        if (x.length != y.length) {
            throw PythonException.of("ValueError", "x and y must be the same size");
        }
        String color = null;
        double[] colorValues = null;
        if (p.has("c") && p.get("c") instanceof PyStr s) {
            color = Colors.named(s.value());
        } else if (p.has("c")) {
            colorValues = PlotData.of("scatter", p.get("c")).values(); // mapped through the colour map on the page
        }
        if (color == null && p.has("color")) {
            color = Colors.named(p.get("color").str());
        }
        if (color == null && colorValues == null) {
            color = nextColor();
        }
        double size = p.has("s") ? p.number("s", 36) : 36;
        series.add(new Series.Scatter(x, y, label(p), color, colorValues, size, p.has("marker") ? p.get("marker").str() : "o",
                p.number("alpha", 1)));
        return new Artist("matplotlib.collections.PathCollection");
    }

    private PyObject bar(List<PyObject> args, Map<String, PyObject> kwargs) {
        Params p = Params.parse("bar", args, kwargs, "x", "height", "width", "bottom", "align", "color", "label", "alpha");
        PyObject xArg = p.required("x");
        double[] height = PlotData.of("bar", p.required("height")).values();
        double[] x;
        if (xArg instanceof PySequence seq && !seq.items().isEmpty() && seq.items().get(0) instanceof PyStr) {
            throw PythonException.of("NotImplementedError", "bar() with category names is not supported by Torchlet yet; "
                    + "use positions and plt.xticks later");
        }
        x = PlotData.of("bar", xArg).values();
        if (x.length != height.length) {
            throw PythonException.of("ValueError", "shape mismatch: objects cannot be broadcast to a single shape");
        }
        double width = p.number("width", 0.8);
        double[] left = new double[x.length];
        double[] widths = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            left[i] = x[i] - width / 2;
            widths[i] = width;
        }
        series.add(new Series.Bars(left, widths, height, label(p), p.has("color") ? Colors.named(p.get("color").str()) : nextColor(),
                p.number("alpha", 1)));
        return new Artist("matplotlib.container.BarContainer");
    }

    private PyObject hist(List<PyObject> args, Map<String, PyObject> kwargs) {
        Params p = Params.parse("hist", args, kwargs, "x", "bins", "range", "density", "color", "label", "alpha", "edgecolor");
        double[] data = PlotData.of("hist", p.required("x")).values();
        double[] range = p.has("range") ? PlotData.of("hist", p.get("range")).values() : null;
        if (p.has("bins") && !(p.get("bins") instanceof PyInt)) {
            throw PythonException.of("NotImplementedError", "hist() with explicit bin edges is not supported by Torchlet yet");
        }
        Histogram h = Histogram.of(data, p.integer("bins", 10), range, p.flag("density", false));
        double[] widths = new double[h.counts().length];
        double[] left = new double[h.counts().length];
        for (int i = 0; i < widths.length; i++) {
            left[i] = h.edges()[i];
            widths[i] = h.edges()[i + 1] - h.edges()[i];
        }
        series.add(new Series.Bars(left, widths, h.counts(), label(p), p.has("color") ? Colors.named(p.get("color").str())
                : nextColor(), p.number("alpha", 1)));
        return PySequence.tuple(List.of(floats(h.counts()), floats(h.edges()), new Artist("matplotlib.container.BarContainer")));
    }

    private static PyObject floats(double[] values) {
        List<PyObject> items = new ArrayList<>();
        for (double v : values) {
            items.add(new PyFloat(v));
        }
        return PySequence.list(items);
    }

    private PyObject imshow(List<PyObject> args, Map<String, PyObject> kwargs) {
        Params p = Params.parse("imshow", args, kwargs, "X", "cmap", "vmin", "vmax", "interpolation", "aspect");
        PlotData image = PlotData.of("imshow", p.required("X"));
        long[] shape = image.shape();
        boolean colour = shape.length == 3 && (shape[2] == 3 || shape[2] == 4);
        if (!(shape.length == 2 || colour)) {
            throw PythonException.of("TypeError", "Invalid shape " + shapeText(shape) + " for image data");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : image.values()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        String cmap = p.has("cmap") ? p.get("cmap").str() : "viridis";
        series.add(new Series.Image((int) shape[0], (int) shape[1], colour ? (int) shape[2] : 1, image.values(), cmap,
                p.number("vmin", min), p.number("vmax", max)));
        return new Artist("matplotlib.image.AxesImage");
    }

    private static String shapeText(long[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    boolean isEmpty() {
        return series.isEmpty() && title == null && xlabel == null && ylabel == null;
    }

    String toJson() {
        StringBuilder drawn = new StringBuilder("[");
        for (int i = 0; i < series.size(); i++) {
            drawn.append(i == 0 ? "" : ",").append(series.get(i).toJson());
        }
        drawn.append(']');
        return "{\"rows\":" + rows + ",\"cols\":" + cols + ",\"index\":" + index + ",\"title\":" + JsonText.string(title)
                + ",\"xlabel\":" + JsonText.string(xlabel) + ",\"ylabel\":" + JsonText.string(ylabel) + ",\"xlim\":"
                + (xlim == null ? "null" : JsonText.numbers(xlim)) + ",\"ylim\":" + (ylim == null ? "null" : JsonText.numbers(ylim))
                + ",\"grid\":" + grid + ",\"legend\":" + legend + ",\"series\":" + drawn + "}";
    }
}
