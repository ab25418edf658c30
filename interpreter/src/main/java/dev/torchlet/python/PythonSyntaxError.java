package dev.torchlet.python;

/** A SyntaxError found while reading or compiling source, with where it is. */
public final class PythonSyntaxError extends RuntimeException {
    private final int line;
    private final int column;

    public PythonSyntaxError(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
