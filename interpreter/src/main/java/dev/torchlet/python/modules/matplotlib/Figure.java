package dev.torchlet.python.modules.matplotlib;

import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyInt;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PythonException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A figure: its size in inches, its dpi (for savefig) and its Axes in a grid. {@link #toJson} is
 * what the page draws when the program calls {@code plt.show()} (sized at 100 dpi, as CSS pixels),
 * and what the host's {@link FigureRenderer} draws into a PNG for {@code savefig}.
 */
final class Figure extends PyObject {
    private final double width;
    private final double height;
    private final double dpi;
    private final SaveFigure saver;
    private final List<Axes> axes = new ArrayList<>();
    private Axes current;

    Figure(double width, double height, double dpi, SaveFigure saver) {
        this.width = width;
        this.height = height;
        this.dpi = dpi;
        this.saver = saver;
    }

    double widthInches() {
        return width;
    }

    double heightInches() {
        return height;
    }

    /** {@code figure(dpi=)}, 100 by default: savefig's dpi unless it is given one. */
    double dpi() {
        return dpi;
    }

    /** {@code savefig(fname, *, dpi, format, transparent, …)}; the figure stays open. */
    void savefig(String function, List<PyObject> args, Map<String, PyObject> kwargs) {
        saver.save(this, function, args, kwargs);
    }

    /** The Axes at (rows, cols, index) — created the first time, as plt.subplot does — made current. */
    Axes subplot(int rows, int cols, int index) {
        if (index < 1 || index > rows * cols) {
            throw PythonException.of("ValueError", "num must be an integer with 1 <= num <= " + rows * cols + ", not " + index);
        }
        for (Axes a : axes) {
            if (a.at(rows, cols, index)) {
                current = a;
                return a;
            }
        }
        current = new Axes(rows, cols, index);
        axes.add(current);
        return current;
    }

    /** The current Axes, a single full-figure one when none exists yet. */
    Axes currentAxes() {
        return current != null ? current : subplot(1, 1, 1);
    }

    boolean hasContent() {
        for (Axes a : axes) {
            if (!a.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String typeName() {
        return "Figure";
    }

    @Override
    public String repr() {
        return "<Figure size " + (long) (width * dpi) + "x" + (long) (height * dpi) + " with " + axes.size() + " Axes>";
    }

    @Override
    public PyObject getAttribute(String name) {
        if (name.equals("add_subplot")) {
            return new NativeFunction(name, (args, kwargs) -> {
                int[] position = Figure.position("add_subplot", args, kwargs);
                return subplot(position[0], position[1], position[2]);
            });
        }
        if (name.equals("savefig")) {
            return new NativeFunction(name, (args, kwargs) -> {
                savefig("savefig", args, kwargs);
                return PyNone.NONE;
            });
        }
        if (name.equals("dpi")) {
            return new PyFloat(dpi);
        }
        return super.getAttribute(name);
    }

    /** {@code (rows, cols, index)} or the three-digit {@code 121} form; no arguments is (1, 1, 1). */
    static int[] position(String function, List<PyObject> args, Map<String, PyObject> kwargs) {
        Params.parse(function, List.of(), kwargs);
        if (args.isEmpty()) {
            return new int[] {1, 1, 1};
        }
        if (args.size() == 1 && args.get(0) instanceof PyInt code && code.value() >= 111 && code.value() <= 999) {
            long c = code.value();
            return new int[] {(int) (c / 100), (int) (c / 10 % 10), (int) (c % 10)};
        }
        if (args.size() == 3 && args.get(0) instanceof PyInt r && args.get(1) instanceof PyInt c && args.get(2) instanceof PyInt i) {
            return new int[] {(int) r.value(), (int) c.value(), (int) i.value()};
        }
        throw PythonException.of("TypeError", function + "() takes (nrows, ncols, index) or a three-digit integer");
    }

    String toJson() {
        StringBuilder sb = new StringBuilder("{\"width\":" + width * 100 + ",\"height\":" + height * 100 + ",\"axes\":[");
        for (int i = 0; i < axes.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(axes.get(i).toJson());
        }
        return sb.append("]}").toString();
    }
}
