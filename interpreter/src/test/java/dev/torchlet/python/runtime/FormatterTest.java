package dev.torchlet.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code format(value, spec)} for every case in format/format_spec.tsv, written by real CPython
 * 3.11 (interpreter/src/test/python/format_goldens.py): the same text, or the same exception.
 */
class FormatterTest {

    @Test
    void matchesCPythonForEveryGoldenCase() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> lines = goldenLines();
        assertTrue(lines.size() > 1000, "the golden file has its cases");
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            PyObject value = value(f[0], f[1]);
            String actual;
            try {
                actual = new PyStr(Formatter.format(value, f[2])).repr();
            } catch (PythonException e) {
                actual = "!" + e.describe();
            }
            if (!actual.equals(f[3])) {
                failures.add("format(" + f[1] + ", '" + f[2] + "'): expected " + f[3] + " got " + actual);
            }
        }
        assertEquals("", String.join("\n", failures.subList(0, Math.min(40, failures.size()))),
                failures.size() + " of " + lines.size() + " cases differ");
    }

    @Test
    void formatValueReturnsAPythonString() {
        PyObject result = Formatter.formatValue(new PyFloat(3.14159), ".2f");
        assertEquals("3.14", ((PyStr) result).value());
    }

    private static List<String> goldenLines() throws IOException {
        Path file;
        try {
            file = Path.of(FormatterTest.class.getResource("/format/format_spec.tsv").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static PyObject value(String kind, String text) {
        return switch (kind) {
            case "bool" -> PyBool.of(text.equals("True"));
            case "int" -> PyInt.of(new BigInteger(text));
            case "float" -> new PyFloat(switch (text) {
                case "inf" -> Double.POSITIVE_INFINITY;
                case "-inf" -> Double.NEGATIVE_INFINITY;
                case "nan" -> Double.NaN;
                default -> Double.parseDouble(text);
            });
            default -> new PyStr(text);
        };
    }
}
