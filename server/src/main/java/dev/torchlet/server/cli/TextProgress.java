package dev.torchlet.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;

/**
 * tqdm's bar on a terminal: each state the program's progress bar hands over (see
 * ProgressNatives) redraws one line of stderr in place; a closed bar ends its line.
 */
final class TextProgress {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream stderr;
    private int lastLength;

    TextProgress(PrintStream stderr) {
        this.stderr = stderr;
    }

    void show(String state) {
        JsonNode bar;
        try {
            bar = JSON.readTree(state);
        } catch (java.io.IOException e) {
            return; // a malformed state is the interpreter's bug; the program's own output matters more
        }
        String text = bar.path("text").asText();
        // Pad over what the previous state drew, so a shorter line leaves nothing behind.
        stderr.print("\r" + text + " ".repeat(Math.max(0, lastLength - text.length())));
        lastLength = text.length();
        if (bar.path("closed").asBoolean()) {
            stderr.print(bar.path("leave").asBoolean(true) ? "\n" : "\r" + " ".repeat(lastLength) + "\r");
            lastLength = 0;
        }
        stderr.flush();
    }
}
