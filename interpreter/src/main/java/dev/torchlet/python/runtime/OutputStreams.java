package dev.torchlet.python.runtime;

import java.util.function.Consumer;

/** Where a program's printed text goes, as it is printed (so the page and the CLI can stream it). */
public interface OutputStreams {
    void stdout(String text);

    void stderr(String text);

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
