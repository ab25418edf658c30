package dev.torchlet.python.compiler;

/** A program's source, by line number, for tracebacks. */
public final class SourceLines {
    private final String[] lines;

    public SourceLines(String source) {
        this.lines = source.replace("\r\n", "\n").split("\n", -1);
    }

    /** Line {@code number} (1-based) without its indentation, or "" when there is no such line. */
    public String stripped(int number) {
        if (number < 1 || number > lines.length) {
            return "";
        }
        return lines[number - 1].trim();
    }

    /** How many characters of indentation line {@code number} has. */
    public int indentation(int number) {
        if (number < 1 || number > lines.length) {
            return 0;
        }
        String line = lines[number - 1];
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
