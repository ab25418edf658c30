package dev.torchlet.python.modules.matplotlib;

/**
 * Draws a figure into a PNG file for {@code savefig}; the host provides it through
 * {@link dev.torchlet.python.Interpreter#setFigureRenderer}. Figures are drawn by the page's
 * charting library, never in Java: in the browser the runtime worker draws with the same code the
 * page uses for {@code plt.show()}. The command line and the server register none, and savefig
 * says that figures are saved in the browser.
 */
public interface FigureRenderer {
    /**
     * The PNG file of {@code figureJson} (a figure as {@code plt.show()} hands it to the host, sized
     * in pixels at 100 dpi) drawn on {@code width}×{@code height} pixels — the figure's size in
     * inches × dpi, so text and lines scale with the dpi as in matplotlib — on white, or on a
     * transparent background when {@code transparent}. Raises a PythonException when it cannot draw.
     */
    byte[] renderPng(String figureJson, int width, int height, boolean transparent);
}
