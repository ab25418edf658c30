package dev.torchlet.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./torchlet run}: program output alone on stdout, traceback on stderr with exit 1. */
class ProgramRunnerTest {
    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private Result run(String source, String... options) throws Exception {
        Path file = dir.resolve("program.py");
        Files.writeString(file, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = java.util.Arrays.copyOf(options, options.length + 1);
        args[options.length] = file.toString();
        int status = ProgramRunner.runFile(args, new PrintStream(out), new PrintStream(err));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsOnlyTheProgramsOutput() throws Exception {
        // The expected text is the e2e golden made by real PyTorch for the same program.
        String expected = new String(Files.readAllBytes(Path.of("../e2e-tests/src/test/resources/programs/ones_plus_one.out")),
                StandardCharsets.UTF_8);
        Result r = run("import torch\nprint(torch.ones(2, 2) + 1)\n");
        assertEquals(0, r.status());
        assertEquals(expected, r.out());
        assertEquals("", r.err());
    }

    /** tqdm draws its bar on stderr, redrawn in place, ending the line when it closes; stdout is the program's. */
    @Test
    void tqdmDrawsItsBarOnStderr() throws Exception {
        Result r = run("from tqdm import tqdm\ntotal = 0\nfor i in tqdm(range(4), desc='epoch'):\n    total += i\nprint(total)\n");
        assertEquals(0, r.status());
        assertEquals("6\n", r.out());
        assertTrue(r.err().startsWith("\repoch:   0%|          | 0/4"), r.err());
        assertTrue(r.err().endsWith("\repoch: 100%|██████████| 4/4\repoch: 100%|██████████| 4/4\n"), r.err());
    }

    /** --time-limit ends an endless loop with a TimeoutError traceback at the line it was running; bad values are usage errors. */
    @Test
    void aTimeLimitStopsAnEndlessProgram() throws Exception {
        long start = System.nanoTime();
        Result r = run("print('started')\nn = 0\nwhile True:\n    n += 1\n", "--time-limit", "0.5");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, r.status());
        assertEquals("started\n", r.out());
        assertTrue(r.err().endsWith("TimeoutError: the program ran past its time limit of 0.5 s\n"), r.err());
        assertTrue(r.err().contains("line 3,") || r.err().contains("line 4,"), r.err());
        assertTrue(millis < 5000, millis + " ms");
        assertEquals(0, run("print(1)\n", "--time-limit", "10").status());
        for (String bad : new String[] {"0", "-1", "soon"}) {
            Result refused = run("print(1)\n", "--time-limit", bad);
            assertEquals(2, refused.status());
            assertTrue(refused.err().contains("--time-limit needs a number of seconds"), refused.err());
        }
    }

    @Test
    void uncaughtErrorPrintsTracebackToStderrAndExitsOne() throws Exception {
        Result r = run("print('first')\nprint(missing)\n");
        assertEquals(1, r.status());
        assertEquals("first\n", r.out());
        assertTrue(r.err().startsWith("Traceback (most recent call last):\n"), r.err());
        assertTrue(r.err().contains("line 2, in <module>\n    print(missing)\n"), r.err());
        assertTrue(r.err().endsWith("NameError: name 'missing' is not defined\n"), r.err());
    }

    @Test
    void theProgramsFilesAreTheWorkingDirectoryAndNothingElse() throws Exception {
        Path program = dir.resolve("files.py");
        Files.writeString(program, "with open('notes.txt', 'w') as f:\n    f.write('line one\\n')\n"
                + "with open('notes.txt', 'a') as f:\n    f.write('line two\\n')\n"
                + "for line in open('notes.txt'):\n    print(line, end='')\n"
                + "open('../outside.txt', 'w')\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ProgramRunner.runFile(new String[] {program.toString()}, new PrintStream(out), new PrintStream(err),
                dir);
        assertEquals("line one\nline two\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("line one\nline two\n", Files.readString(dir.resolve("notes.txt")));
        assertEquals(1, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("PermissionError: [Errno 13] Permission denied: '../outside.txt'"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(!Files.exists(dir.resolveSibling("outside.txt")));
    }

    @Test
    void missingFileIsAClearError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ProgramRunner.runFile(new String[] {dir.resolve("nope.py").toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("No such file or directory"));
    }
}
