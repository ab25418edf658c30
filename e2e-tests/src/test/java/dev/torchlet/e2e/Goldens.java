package dev.torchlet.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The test programs and their expected output, produced by real PyTorch with
 * {@code src/test/python/generate_goldens.py}.
 */
final class Goldens {
    private Goldens() {
    }

    static String program(String name) {
        return resource("/programs/" + name + ".py");
    }

    static String expectedStdout(String name) {
        return resource("/programs/" + name + ".out");
    }

    private static String resource(String path) {
        try (InputStream in = Goldens.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
