package dev.torchlet.python.modules.matplotlib;

import dev.torchlet.python.modules.torch.Params;
import dev.torchlet.python.runtime.PyBinaryFile;
import dev.torchlet.python.runtime.PyFloat;
import dev.torchlet.python.runtime.PyNone;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import dev.torchlet.python.runtime.VirtualFileSystem;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code plt.savefig} and {@code Figure.savefig}: matplotlib's arguments, the PNG drawn by the host's
 * {@link FigureRenderer}, written to the program's file system (or to a binary file / BytesIO). The
 * figure stays open, as in matplotlib.
 */
final class SaveFigure {
    /** The formats Torchlet writes, named in the error for any other. */
    static final String SUPPORTED_FORMATS = "png";
    /** matplotlib's Agg limit on an image side. */
    private static final int MAX_SIDE = 1 << 16;

    private final VirtualFileSystem files;
    private final Supplier<FigureRenderer> renderer;

    SaveFigure(VirtualFileSystem files, Supplier<FigureRenderer> renderer) {
        this.files = files;
        this.renderer = renderer;
    }

    /** Saves {@code figure} as {@code savefig(fname, *, dpi, format, transparent, bbox_inches, …)} asks. */
    void save(Figure figure, String function, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (args.size() > 1) {
            throw PythonException.of("TypeError", function + "() takes 1 positional argument but " + args.size() + " were given");
        }
        // bbox_inches, pad_inches, facecolor, edgecolor, metadata, orientation and backend are accepted and
        // ignored: the page's layout already fits the figure, and the background is white (or transparent).
        Params p = Params.parse(function, args, kwargs, "fname", "dpi", "format", "transparent", "bbox_inches", "pad_inches",
                "facecolor", "edgecolor", "metadata", "orientation", "backend");
        PyObject target = p.required("fname");
        String path = null;
        if (target instanceof PyStr name) {
            path = name.value();
        } else if (!(target instanceof PyBinaryFile file) || !file.isWritable()) {
            throw PythonException.of("TypeError", function + "() fname must be a file name (str) or a binary file open for "
                    + "writing (open(name, 'wb'), io.BytesIO()), not " + target.typeName());
        }
        String format = null;
        if (p.has("format")) {
            if (!(p.get("format") instanceof PyStr f)) {
                throw PythonException.of("TypeError", function + "() format must be a str, not " + p.get("format").typeName());
            }
            format = f.value();
        }
        if (format == null && path != null) {
            format = extension(path);
        }
        if (format == null || format.isEmpty()) {
            // matplotlib's default format, added to a file name that has no extension.
            format = "png";
            if (path != null) {
                path = stripTrailingDots(path) + ".png";
            }
        }
        format = format.toLowerCase();
        if (!format.equals("png")) {
            throw PythonException.of("ValueError", "Format '" + format + "' is not supported by Torchlet (supported formats: "
                    + SUPPORTED_FORMATS + ")");
        }
        double dpi = dpi(figure, function, p.get("dpi"));
        long width = (long) (figure.widthInches() * dpi); // matplotlib truncates, as int() does
        long height = (long) (figure.heightInches() * dpi);
        if (width >= MAX_SIDE || height >= MAX_SIDE) {
            throw PythonException.of("ValueError", "Image size of " + width + "x" + height
                    + " pixels is too large. It must be less than 2^16 in each direction.");
        }
        if (width < 1 || height < 1) {
            throw PythonException.of("ValueError", "Image size of " + width + "x" + height + " pixels is too small: the figure "
                    + "must be at least one pixel in each direction at dpi=" + new PyFloat(dpi).repr());
        }
        FigureRenderer host = renderer.get();
        if (host == null) {
            throw PythonException.of("NotImplementedError", "savefig draws figures in the browser: Torchlet renders and saves "
                    + "figures in the playground page, and this host (the command line or the server) has no figure "
                    + "renderer; run the program in the page to save its figures");
        }
        byte[] png = host.renderPng(figure.toJson(), (int) width, (int) height, p.flag("transparent", false));
        if (path != null) {
            files.write(path, png);
        } else {
            ((PyBinaryFile) target).writeBytes(png);
        }
    }

    private static double dpi(Figure figure, String function, PyObject value) {
        if (value == null || value == PyNone.NONE || value instanceof PyStr s && s.value().equals("figure")) {
            return figure.dpi();
        }
        PlotData number = value instanceof PyStr ? null : PlotData.of(function, value);
        if (number == null || number.length() != 1) {
            throw PythonException.of("TypeError", function + "() dpi must be a number or 'figure', not " + value.typeName());
        }
        double dpi = number.values()[0];
        if (!(dpi > 0) || Double.isInfinite(dpi)) {
            throw PythonException.of("ValueError", function + "() dpi must be a positive number or 'figure', not "
                    + new PyFloat(dpi).repr());
        }
        return dpi;
    }

    /** What matplotlib takes as the format: the text after the last dot of the file name, if any. */
    private static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1) : null;
    }

    private static String stripTrailingDots(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '.') {
            end--;
        }
        return path.substring(0, end);
    }
}
