package dev.torchlet.python.modules.matplotlib;

import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.OutputStreams;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PySequence;
import dev.torchlet.python.runtime.PythonException;
import dev.torchlet.python.runtime.VirtualFileSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code matplotlib.pyplot}, the subset the lessons use: figures and subplots, {@code plot scatter
 * bar hist imshow}, labels, limits, legend, grid. Nothing is drawn in Java: {@code plt.show()} hands
 * each open figure to the host as JSON ({@link OutputStreams#display}), and the page draws it; on the
 * command line show() has nowhere to draw and keeps quiet, as matplotlib's non-GUI backend does.
 * {@code plt.savefig} asks the host's {@link FigureRenderer} (the browser's) for a PNG and writes it
 * to the program's file system; without one it raises an error saying figures are saved in the browser.
 */
public final class PyplotModule {
    /** The MIME type of a figure handed to the host. */
    public static final String FIGURE_TYPE = "application/vnd.torchlet.figure+json";

    /** A figure's JSON, as plt.show() hands it to the host, or null when {@code value} is not a figure. */
    public static String figureJson(PyObject value) {
        return value instanceof Figure figure ? figure.toJson() : null;
    }

    private final OutputStreams out;
    private final SaveFigure saver;
    private final List<Figure> open = new ArrayList<>();
    private Figure current;

    private PyplotModule(OutputStreams out, SaveFigure saver) {
        this.out = out;
        this.saver = saver;
    }

    /**
     * pyplot showing figures through {@code out}, saving them to {@code files} with the PNG that
     * {@code renderer} gives at the time of the call (null: this host cannot draw figures).
     */
    public static PyModule create(OutputStreams out, VirtualFileSystem files, Supplier<FigureRenderer> renderer) {
        PyplotModule state = new PyplotModule(out, new SaveFigure(files, renderer));
        PyModule plt = new PyModule("matplotlib.pyplot");
        plt.markPartial("Torchlet's pyplot draws plot, scatter, bar, hist and imshow with labels, limits, legend and grid");
        plt.define("figure", new NativeFunction("figure", (args, kwargs) -> {
            Params p = Params.parse("figure", args, kwargs, "num", "figsize", "dpi", "facecolor");
            return state.newFigure(p);
        }));
        plt.define("subplot", new NativeFunction("subplot", (args, kwargs) -> {
            int[] position = Figure.position("subplot", args, kwargs);
            return state.currentFigure().subplot(position[0], position[1], position[2]);
        }));
        plt.define("subplots", new NativeFunction("subplots", (args, kwargs) -> state.subplots(args, kwargs)));
        for (String name : new String[] {"plot", "scatter", "bar", "hist", "imshow", "legend", "grid"}) {
            plt.define(name, new NativeFunction(name, (args, kwargs) -> state.currentFigure().currentAxes().call(name, args, kwargs)));
        }
        for (String name : new String[] {"title", "xlabel", "ylabel"}) {
            plt.define(name, new NativeFunction(name, (args, kwargs) -> {
                state.currentFigure().currentAxes().label(name, args, kwargs);
                return PyNone.NONE;
            }));
        }
        for (String name : new String[] {"xlim", "ylim"}) {
            plt.define(name, new NativeFunction(name, (args, kwargs) -> state.currentFigure().currentAxes().limits(name, args, kwargs)));
        }
        plt.define("gca", new NativeFunction("gca", (args, kwargs) -> state.currentFigure().currentAxes()));
        plt.define("gcf", new NativeFunction("gcf", (args, kwargs) -> state.currentFigure()));
        plt.define("show", new NativeFunction("show", (args, kwargs) -> {
            Params.parse("show", args, kwargs, "block");
            state.show();
            return PyNone.NONE;
        }));
        plt.define("close", new NativeFunction("close", (args, kwargs) -> {
            Params.parse("close", args, kwargs, "fig");
            state.close();
            return PyNone.NONE;
        }));
        plt.define("clf", new NativeFunction("clf", (args, kwargs) -> {
            state.close();
            return PyNone.NONE;
        }));
        plt.define("cla", new NativeFunction("cla", (args, kwargs) -> {
            state.currentFigure().currentAxes().clear();
            return PyNone.NONE;
        }));
        plt.define("tight_layout", new NativeFunction("tight_layout", (args, kwargs) -> PyNone.NONE)); // the page lays out
        plt.define("savefig", new NativeFunction("savefig", (args, kwargs) -> {
            state.currentFigure().savefig("savefig", args, kwargs);
            return PyNone.NONE;
        }));
        return plt;
    }

    /** {@code matplotlib} itself: the package, holding pyplot. */
    public static PyModule createPackage(PyModule pyplot) {
        PyModule matplotlib = new PyModule("matplotlib");
        matplotlib.markPartial("Torchlet has matplotlib.pyplot only");
        matplotlib.define("pyplot", pyplot);
        return matplotlib;
    }

    private Figure newFigure(Params p) {
        double width = 6.4;
        double height = 4.8;
        if (p.has("figsize")) {
            if (!(p.get("figsize") instanceof PySequence size) || size.items().size() != 2) {
                throw PythonException.of("TypeError", "figsize must be a (width, height) pair");
            }
            width = PlotData.of("figure", size.items().get(0)).values()[0];
            height = PlotData.of("figure", size.items().get(1)).values()[0];
        }
        double dpi = p.number("dpi", 100);
        if (!(dpi > 0) || Double.isInfinite(dpi)) {
            throw PythonException.of("ValueError", "dpi must be a positive finite number");
        }
        current = new Figure(width, height, dpi, saver);
        open.add(current);
        return current;
    }

    private Figure currentFigure() {
        return current != null ? current : newFigure(Params.parse("figure", List.of(), java.util.Map.of()));
    }

    /** {@code fig, ax = plt.subplots()}, {@code fig, (a, b) = plt.subplots(1, 2)}, {@code axes[i][j]} for a grid. */
    private PyObject subplots(List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        Params p = Params.parse("subplots", args, kwargs, "nrows", "ncols", "sharex", "sharey", "squeeze", "figsize", "dpi");
        java.util.Map<String, PyObject> figureArgs = new java.util.LinkedHashMap<>();
        for (String name : new String[] {"figsize", "dpi"}) {
            if (p.has(name)) {
                figureArgs.put(name, p.get(name));
            }
        }
        Figure figure = newFigure(Params.parse("figure", List.of(), figureArgs, "figsize", "dpi"));
        int rows = p.integer("nrows", 1);
        int cols = p.integer("ncols", 1);
        List<PyObject> rowsOfAxes = new ArrayList<>();
        List<PyObject> all = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<PyObject> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                row.add(figure.subplot(rows, cols, r * cols + c + 1));
            }
            rowsOfAxes.add(PySequence.list(row));
            all.addAll(row);
        }
        figure.subplot(rows, cols, 1);
        // One Axes alone, a flat list for one row or column, else rows of Axes (matplotlib's squeezed array).
        PyObject axes = all.size() == 1 ? all.get(0) : rows == 1 || cols == 1 ? PySequence.list(all) : PySequence.list(rowsOfAxes);
        return PySequence.tuple(List.of(figure, axes));
    }

    private void show() {
        for (Figure figure : open) {
            if (figure.hasContent()) {
                out.display(FIGURE_TYPE, figure.toJson());
            }
        }
        close();
    }

    private void close() {
        open.clear();
        current = null;
    }
}
