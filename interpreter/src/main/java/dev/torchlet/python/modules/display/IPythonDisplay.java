package dev.torchlet.python.modules.display;

import dev.torchlet.python.modules.matplotlib.PyplotModule;
import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.runtime.NativeFunction;
import dev.torchlet.python.runtime.OutputStreams;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;

/**
 * {@code IPython.display}'s {@code display} and {@code clear_output}: what notebook tutorials use to
 * draw a live training curve (d2l's Animator redraws its figure each epoch, then clears the output
 * with {@code wait=True} so the next drawing replaces it without flicker). The page clears the
 * cell's output; a terminal, which cannot take back what it printed, ignores the request.
 */
public final class IPythonDisplay {
    /** The host is asked to clear the cell's output: {@code {"wait":true}} means when the next output arrives. */
    public static final String CLEAR_OUTPUT_TYPE = "application/vnd.torchlet.clear-output+json";

    private IPythonDisplay() {
    }

    /** The {@code IPython.display} module. */
    public static PyModule create(OutputStreams out) {
        PyModule display = new PyModule("IPython.display");
        display.define("clear_output", new NativeFunction("clear_output", (args, kwargs) -> {
            Params p = Params.parse("clear_output", args, kwargs, "wait");
            out.display(CLEAR_OUTPUT_TYPE, "{\"wait\":" + p.flag("wait", false) + "}");
            return PyNone.NONE;
        }));
        display.define("display", new NativeFunction("display", (args, kwargs) -> {
            for (PyObject value : args) {
                show(value, out);
            }
            return PyNone.NONE;
        }));
        return display;
    }

    /** The {@code IPython} package: {@code from IPython import display} gives the module above. */
    public static PyModule createPackage(PyModule display) {
        PyModule ipython = new PyModule("IPython");
        ipython.define("display", display);
        return ipython;
    }

    /** A figure is drawn as plt.show() draws it; anything else is shown as its repr, as a notebook does. */
    private static void show(PyObject value, OutputStreams out) {
        String figure = PyplotModule.figureJson(value);
        if (figure != null) {
            out.display(PyplotModule.FIGURE_TYPE, figure);
        } else if (value != PyNone.NONE) {
            out.stdout(value.repr() + "\n");
        }
    }
}
