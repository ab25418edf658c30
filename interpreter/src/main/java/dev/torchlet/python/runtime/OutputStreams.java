package dev.torchlet.python.runtime;

import java.util.function.Consumer;

/** Where a program's printed text goes, as it is printed (so the page and the CLI can stream it). */
public interface OutputStreams {
    void stdout(String text);

    void stderr(String text);

    /**
     * Rich output that is not text, such as a figure from {@code plt.show()} ({@code mimeType} says
     * which; {@code data} is its JSON). Hosts that cannot show it (the command line) ignore it.
     */
    default void display(String mimeType, String data) {
    }

    static OutputStreams of(Consumer<String> stdout, Consumer<String> stderr) {
        return new OutputStreams() {
            @Override
            public void stdout(String text) {
                stdout.accept(text);
            }

            @Override
            public void stderr(String text) {
                stderr.accept(text);
            }
        };
    }
}
