package dev.torchlet.python.runtime;

import java.util.List;

/** Traceback lines as CPython prints them; a run of more than three identical entries is collapsed. */
final class TracebackText {
    private TracebackText() {
    }

    static void appendEntries(StringBuilder sb, List<PythonException.TracebackEntry> entries) {
        String previous = null;
        int repeats = 0;
        int previousRepeats = 0;
        for (PythonException.TracebackEntry e : entries) {
            String entry = "  File \"" + e.filename() + "\", line " + e.line() + ", in " + e.function() + "\n";
            if (!e.sourceText().isEmpty()) {
                entry += "    " + e.sourceText() + "\n";
            }
            repeats = entry.equals(previous) ? repeats + 1 : 0;
            if (repeats == 0) {
                appendRepeatNote(sb, previousRepeats);
            }
            previousRepeats = repeats;
            previous = entry;
            if (repeats < 3) {
                sb.append(entry);
            }
        }
        appendRepeatNote(sb, previousRepeats);
    }

    private static void appendRepeatNote(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
        }
    }
}
