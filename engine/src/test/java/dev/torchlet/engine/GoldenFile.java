package dev.torchlet.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Reads a golden file of {@code ### name} sections (written by the scripts in src/test/python). */
public final class GoldenFile {
    private GoldenFile() {
    }

    /** The sections as parameterized-test arguments: (name, body). */
    public static Stream<Arguments> cases(String resource) {
        return sections(resource).entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    public static Map<String, String> sections(String resource) {
        String text;
        try (InputStream in = GoldenFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing golden " + resource + ": run the scripts in engine/src/test/python");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> sections = new LinkedHashMap<>();
        for (String block : text.split("(?m)^### ")) {
            if (block.isEmpty()) {
                continue;
            }
            int newline = block.indexOf('\n');
            String body = block.substring(newline + 1);
            sections.put(block.substring(0, newline), body.endsWith("\n") ? body.substring(0, body.length() - 1) : body);
        }
        return sections;
    }
}
