package dev.torchlet.web;

import org.teavm.jso.JSBody;

/** Program output, handed to the worker script's sink function (see runtime-bindings.ts). */
final class OutputSink {
    static final int STDOUT = 0;
    static final int STDERR = 1;
    /** A figure's JSON from plt.show(), drawn by the page. */
    static final int FIGURE = 2;
    /** A tqdm progress bar's state (JSON), drawn by the page. */
    static final int PROGRESS = 3;
    /** IPython.display.clear_output's request ({"wait": …}), carried out by the page's API. */
    static final int CLEAR = 4;

    private OutputSink() {
    }

    @JSBody(params = {"stream", "text"}, script = "self.__torchletOutput(stream, text);")
    static native void write(int stream, String text);
}
