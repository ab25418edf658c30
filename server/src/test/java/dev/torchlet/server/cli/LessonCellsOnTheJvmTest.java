package dev.torchlet.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.torchlet.python.Interpreter;
import dev.torchlet.python.modules.matplotlib.PyplotModule;
import dev.torchlet.python.runtime.InMemoryFileSystem;
import dev.torchlet.python.runtime.OutputStreams;
import dev.torchlet.python.runtime.PyStr;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every cell of every lesson, run on the JVM as {@code ./torchlet run} runs programs, prints what
 * real PyTorch printed (the lesson's outputs.json, from lessons/tools/generate_goldens.py), fails
 * where PyTorch failed, and shows as many figures. The model is generate_goldens.py's: lesson
 * cells share one namespace in file order; each exercise attempt (solution, then starter) runs
 * after all of them on its own copy of that state, followed by the exercise's check.
 */
class LessonCellsOnTheJvmTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One cell as the lesson file declares it: its kind (cell/starter/check/solution), id, exercise and code. */
    private record Cell(String kind, String id, String exercise, String code) {
    }

    /** What a cell did: its stdout, the last line of its error (or null), and the figures it showed. */
    private record Outcome(String stdout, String error, int figures) {
    }

    @TestFactory
    Stream<DynamicTest> everyLessonCellPrintsWhatPyTorchPrinted() {
        JsonNode index = json("/lessons/index.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode lesson : index.get("lessons")) {
            String file = lesson.get("file").asText();
            tests.add(DynamicTest.dynamicTest(file, () -> checkLesson(file)));
        }
        assertFalse(tests.isEmpty(), "no lessons listed in index.json");
        return tests.stream();
    }

    private static void checkLesson(String file) {
        List<Cell> cells = parseCells(text("/lessons/" + file + ".en.md"));
        JsonNode expected = json("/lessons/" + file + ".outputs.json");
        Notebook notebook = new Notebook();
        String lesson = notebook.namespace(null);
        Map<String, List<Cell>> exercises = new LinkedHashMap<>();
        for (Cell cell : cells) {
            if (cell.kind().equals("cell")) {
                assertMatches(file, cell, notebook.run(cell, lesson), expected);
            } else {
                exercises.computeIfAbsent(cell.exercise(), k -> new ArrayList<>()).add(cell);
            }
        }
        for (List<Cell> parts : exercises.values()) {
            Cell check = part(parts, "check");
            for (String attempt : List.of("solution", "starter")) {
                Cell tried = part(parts, attempt);
                String copy = notebook.namespace(lesson);
                assertMatches(file, tried, notebook.run(tried, copy), expected);
                Outcome checked = notebook.run(check, copy);
                if (attempt.equals("solution")) {
                    assertMatches(file, check, checked, expected);
                }
            }
        }
    }

    private static Cell part(List<Cell> parts, String kind) {
        return parts.stream().filter(c -> c.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("exercise " + parts.get(0).exercise() + " has no " + kind));
    }

    private static void assertMatches(String file, Cell cell, Outcome actual, JsonNode expected) {
        JsonNode golden = expected.get(cell.id());
        assertNotNull(golden, file + ": outputs.json has no cell " + cell.id());
        String where = file + " cell " + cell.id();
        assertEquals(golden.get("stdout").asText(), actual.stdout(), where + ": stdout");
        assertEquals(golden.get("error").isNull() ? null : golden.get("error").asText(), actual.error(), where + ": error");
        assertEquals(golden.get("figures").asInt(), actual.figures(), where + ": figures shown");
    }

    /**
     * One interpreter whose cells run as {@code exec(code, namespace)} on dicts it holds by name,
     * so that an exercise can run on {@code dict(namespace)} as the golden generator does.
     */
    private static final class Notebook {
        private final StringBuilder stdout = new StringBuilder();
        private int figures;
        private int namespaces;
        private final Interpreter python = JvmPython.create(new OutputStreams() {
            @Override
            public void stdout(String text) {
                stdout.append(text);
            }

            @Override
            public void stderr(String text) {
                // warnings: the goldens hold stdout only
            }

            @Override
            public void display(String mimeType, String data) {
                if (mimeType.equals(PyplotModule.FIGURE_TYPE)) {
                    figures++;
                }
            }
        }, new InMemoryFileSystem());

        /** A new namespace, a shallow copy of {@code original} (or empty but for __name__ when null); returns its name. */
        String namespace(String original) {
            String name = "__namespace_" + namespaces++;
            String traceback = python.run(name + " = " + (original == null ? "{'__name__': '__main__'}" : "dict(" + original + ")"),
                    "<namespace>");
            if (traceback != null) {
                throw new AssertionError(traceback);
            }
            return name;
        }

        Outcome run(Cell cell, String namespace) {
            stdout.setLength(0);
            figures = 0;
            String traceback = python.run("exec(" + new PyStr(cell.code()).repr() + ", " + namespace + ")", "<cell " + cell.id() + ">");
            return new Outcome(stdout.toString(), traceback == null ? null : lastLine(traceback), figures);
        }
    }

    private static String lastLine(String traceback) {
        String[] lines = traceback.strip().split("\n");
        return lines[lines.length - 1];
    }

    /** The lesson format's fences (lessons/README.md): ```python KIND id=ID [exercise=EX] [flags]. */
    private static List<Cell> parseCells(String markdown) {
        List<Cell> cells = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].startsWith("```python ")) {
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            String kind = null;
            for (String token : lines[i].substring("```python ".length()).trim().split("\\s+")) {
                int equals = token.indexOf('=');
                if (equals > 0) {
                    attributes.put(token.substring(0, equals), token.substring(equals + 1));
                } else if (List.of("cell", "starter", "check", "solution").contains(token)) {
                    kind = token;
                }
            }
            StringBuilder code = new StringBuilder();
            for (i++; !lines[i].equals("```"); i++) {
                code.append(lines[i]).append('\n');
            }
            cells.add(new Cell(kind, attributes.get("id"), attributes.get("exercise"), code.toString()));
        }
        return cells;
    }

    private static String text(String resource) {
        try (InputStream in = LessonCellsOnTheJvmTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String resource) {
        try {
            return JSON.readTree(text(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
