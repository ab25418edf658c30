package dev.torchlet.web;

import dev.torchlet.python.modules.matplotlib.FigureRenderer;
import dev.torchlet.python.runtime.PythonException;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * savefig's PNGs in the browser: the runtime worker draws the figure with the page's own drawing
 * code (Chart.js on an OffscreenCanvas) and encodes it, synchronously (plots/figure-png.ts).
 */
final class CanvasFigureRenderer implements FigureRenderer {
    @Override
    public byte[] renderPng(String figureJson, int width, int height, boolean transparent) {
        JSObject result = render(figureJson, width, height, transparent);
        String error = error(result);
        if (error != null) {
            throw PythonException.of("RuntimeError", "savefig could not draw the figure: " + error);
        }
        return png(result).copyToJavaArray();
    }

    /** {png, error}; JavaScript failures arrive as the error text, never as exceptions crossing into Java. */
    @JSBody(params = {"json", "width", "height", "transparent"}, script = "var draw = self.__torchletRenderFigure;"
            + "if (typeof draw !== 'function') { return {png: null, error: 'this runtime was loaded without a figure renderer'}; }"
            + "return draw(json, width, height, transparent);")
    private static native JSObject render(String json, int width, int height, boolean transparent);

    @JSBody(params = "result", script = "return result.error == null ? null : String(result.error);")
    private static native String error(JSObject result);

    @JSBody(params = "result", script = "return result.png;")
    private static native Int8Array png(JSObject result);
}
