package dev.torchlet.python;

import dev.torchlet.python.compiler.SourceLines;

/** How CPython shows a SyntaxError: the file and line, the line itself, a caret, the message. */
final class SyntaxErrorText {
    private SyntaxErrorText() {
    }

    static String format(PythonSyntaxError e, String filename, SourceLines source) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(filename).append("\", line ").append(e.line()).append('\n');
        String text = source.stripped(e.line());
        if (!text.isEmpty()) {
            int caret = Math.max(0, Math.min(text.length(), e.column() - source.indentation(e.line())));
            sb.append("    ").append(text).append('\n');
            sb.append("    ").append(" ".repeat(caret)).append("^\n");
        }
        return sb.append("SyntaxError: ").append(e.getMessage()).append('\n').toString();
    }
}
