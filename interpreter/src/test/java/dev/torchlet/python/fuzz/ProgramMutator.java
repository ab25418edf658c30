package dev.torchlet.python.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Breaks real programs in small ways: lines deleted, duplicated, swapped or re-indented; tokens inserted, replaced or cut. */
final class ProgramMutator {
    /** Fragments a mutation may insert: every kind of token the tokenizer knows, and some awkward ones. */
    private static final String[] FRAGMENTS = {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", "==", "+=", "**", "//", "%", "@", "->", ":=",
        "*", "**", "-", "~", "<<", ">>", "&", "|", "^", "!", "?", "$", "\\", "\n", "\t", "    ", "#", "'", "\"", "\"\"\"",
        "f'{", "}'", "f\"{x!r:>{w}}\"", "r'\\'", "b'x'", "0x", "0b2", "1e", "1_000", "1.5e-3", "9" .repeat(30), "1j",
        "if", "elif", "else", "for", "in", "while", "def", "class", "return", "yield", "yield from", "lambda", "try",
        "except", "finally", "raise", "from", "import", "as", "with", "pass", "break", "continue", "global", "nonlocal",
        "del", "assert", "not", "and", "or", "is", "None", "True", "False", "async", "await", "match",
        "x", "self", "super()", "__init__", "print", "range(3)", "len", "[]", "{}", "()", "*args", "**kw", "x[::-1]",
        "\u4e2d\u6587", "\u00e9", "\u0000",
    };

    private final Random random;

    ProgramMutator(Random random) {
        this.random = random;
    }

    String mutate(String program) {
        String result = program;
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            result = once(result);
        }
        return result;
    }

    private String once(String program) {
        List<String> lines = new ArrayList<>(Arrays.asList(program.split("\n", -1)));
        int line = random.nextInt(lines.size());
        switch (random.nextInt(8)) {
            case 0 -> lines.remove(line);
            case 1 -> lines.add(line, lines.get(line));
            case 2 -> {
                int other = random.nextInt(lines.size());
                String swap = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, swap);
            }
            case 3 -> lines.set(line, " ".repeat(random.nextInt(9)) + lines.get(line).stripLeading());
            case 4, 5 -> {
                int at = random.nextInt(program.length() + 1);
                return program.substring(0, at) + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + program.substring(at);
            }
            case 6 -> {
                int at = random.nextInt(program.length() + 1);
                int end = Math.min(program.length(), at + 1 + random.nextInt(12));
                return program.substring(0, at) + program.substring(end);
            }
            default -> {
                int at = random.nextInt(program.length() + 1);
                int end = Math.min(program.length(), at + 1 + random.nextInt(6));
                return program.substring(0, at) + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + program.substring(end);
            }
        }
        return String.join("\n", lines);
    }
}
