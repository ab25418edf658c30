package dev.torchlet.python.runtime;

/** Where a program's printed text goes, as it is printed (so the page and the CLI can stream it). */
public interface OutputStreams {
    void stdout(String text);

    void stderr(String text);
}
