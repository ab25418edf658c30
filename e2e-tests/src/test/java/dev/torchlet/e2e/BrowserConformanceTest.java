package dev.torchlet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interpreter's conformance programs (outputs from real CPython + PyTorch) run in the
 * browser through torchlet.run, on the Wasm GC runtime and on the JavaScript fallback, and
 * print exactly what they print on the JVM.
 */
class BrowserConformanceTest {
    private static final Path PROGRAMS = Path.of("../interpreter/src/test/resources/conformance");

    private static PlaygroundPages pages;
    private static final Map<String, Page> PAGES = new java.util.LinkedHashMap<>();

    @BeforeAll
    static void start() {
        pages = PlaygroundPages.start();
        for (String runtime : List.of("wasm-gc", "js")) {
            // The goldens come from a PyTorch without CUDA: the page keeps off the GPU (WebGpuDeviceTest covers it).
            PAGES.put(runtime, pages.open("gpu=off&runtime=" + runtime));
        }
    }

    @AfterAll
    static void stop() {
        if (pages != null) {
            pages.close();
        }
    }

    static Stream<Arguments> programs() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            // torchvision_*.py need the dataset files, which the browser runtime cannot load yet (datasets/README.md).
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py") && !n.startsWith("torchvision_")).sorted().toList();
        }
        return Stream.of("wasm-gc", "js").flatMap(runtime -> names.stream().map(name -> Arguments.of(runtime, name)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("programs")
    void printsWhatCPythonAndPyTorchPrint(String runtime, String program) throws IOException {
        String base = program.substring(0, program.length() - 3);
        String source = Files.readString(PROGRAMS.resolve(program), StandardCharsets.UTF_8);
        String expectedOut = Files.readString(PROGRAMS.resolve(base + ".out"), StandardCharsets.UTF_8);
        Path errFile = PROGRAMS.resolve(base + ".err");
        String expectedErr = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8) : null;
        Page page = PAGES.get(runtime);
        page.evaluate("torchlet.reset()");
        @SuppressWarnings("unchecked")
        // A program that runs away is stopped (KeyboardInterrupt) after a minute, and one that never answers fails
        // after 90 s, so a broken program fails its own test instead of hanging the suite.
        Map<String, Object> result = (Map<String, Object>) page.evaluate("""
                ([source, filename]) => {
                  const stop = new AbortController();
                  const timer = setTimeout(() => stop.abort(), 60000);
                  const gaveUp = new Promise((_, reject) => setTimeout(() => reject(new Error('no result 30 s after stopping')), 90000));
                  return Promise.race([torchlet.run(source, {filename, signal: stop.signal}), gaveUp]).finally(() => clearTimeout(timer));
                }""", List.of(source, program));
        assertEquals(runtime, page.evaluate("torchlet.ready().then(info => info.runtime)"));
        assertEquals(expectedOut, result.get("stdout"), "stdout");
        assertEquals(expectedErr, result.get("error"), "traceback");
    }
}
