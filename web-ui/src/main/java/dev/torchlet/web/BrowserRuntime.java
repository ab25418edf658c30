package dev.torchlet.web;

import org.teavm.jso.JSExport;

public final class BrowserRuntime {
    private static String pending;
    public static void main(String[] args) {
    }

    @JSExport
    public static void resetSession() {
    }

    @JSExport
    public static String startRun(String source, String filename) {
        pending = source;
        return null;
    }

    @JSExport
    public static int continueRun(int budget) {
        OutputSink.write(OutputSink.STDOUT, "echo: " + pending + " " + (0.1f + 0.2f) + "\n");
        return 0;
    }

    @JSExport
    public static String errorText() {
        return "";
    }

    @JSExport
    public static void cancelRun() {
    }
}
