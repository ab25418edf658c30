package dev.torchlet.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.torchlet.python.modules.torch.TorchModule;
import dev.torchlet.python.runtime.OutputStreams;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every program under conformance/ prints exactly what real CPython 3.11 + PyTorch printed
 * (NAME.out), and fails with the same traceback (NAME.err), from generate_conformance.py.
 * The generator normalises two documented differences (PyTorch-internal frames, Python 3.11's
 * position markers); see generate_conformance.py.
 */
class ConformanceTest {

    static Stream<String> programs() throws IOException, URISyntaxException {
        Path dir = Path.of(ConformanceTest.class.getResource("/conformance").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void matchesCPython(String program) throws Exception {
        Path dir = Path.of(ConformanceTest.class.getResource("/conformance").toURI());
        String source = Files.readString(dir.resolve(program), StandardCharsets.UTF_8);
        String base = program.substring(0, program.length() - 3);
        String expectedOut = Files.readString(dir.resolve(base + ".out"), StandardCharsets.UTF_8);
        Path errFile = dir.resolve(base + ".err");
        String expectedErr = Files.exists(errFile) ? Files.readString(errFile, StandardCharsets.UTF_8) : null;

        StringBuilder out = new StringBuilder();
        Interpreter python = new Interpreter(OutputStreams.of(out::append, out::append));
        python.registerModule("torch", TorchModule::create);
        dev.torchlet.python.modules.vision.ClasspathDatasetFiles.install();
        String traceback = python.run(source, program);
        assertEquals(expectedOut, out.toString(), "stdout");
        assertEquals(expectedErr, traceback, "traceback");
    }
}
