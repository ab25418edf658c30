package dev.torchlet.python.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import dev.torchlet.python.Interpreter;
import dev.torchlet.python.runtime.OutputStreams;
import dev.torchlet.python.vm.Execution;
import dev.torchlet.python.vm.RunStatus;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * 100,000 broken and random programs through the tokenizer, parser, compiler and VM (each with a
 * small instruction budget): every failure must be a Python error. A Java exception escaping, a
 * Torchlet internal error (SystemError) or a program that takes seconds is a bug.
 */
class InterpreterFuzzTest {
    private static final int PROGRAMS = 100_000;
    private static final long BUDGET = 3_000;
    private static final long SLOW_NANOS = 2_000_000_000L;

    @Test
    void noProgramBreaksTheInterpreter() throws Exception {
        List<String> corpus = corpus();
        Random random = new Random(20261122);
        ProgramMutator mutator = new ProgramMutator(random);
        ProgramGenerator generator = new ProgramGenerator(random);
        Interpreter python = new Interpreter(OutputStreams.of(text -> { }, text -> { }));
        List<String> failures = new ArrayList<>();
        java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();
        for (int i = 0; i < PROGRAMS && failures.size() < 5; i++) {
            String program = i % 3 == 2 ? generator.program() : mutator.mutate(corpus.get(random.nextInt(corpus.size())));
            if (i % 500 == 0) {
                // A fresh program state now and then, so one program's leftovers cannot hide the next one's bugs.
                python.reset();
            }
            String problem = run(python, program, outcomes);
            if (problem != null) {
                failures.add("--- program #" + i + ": " + problem + "\n" + program);
            }
        }
        // How the programs ended, so a reader can see the fuzzing reaches the VM, not only the parser.
        System.out.println("FUZZ outcomes " + outcomes);
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    /** What went wrong running {@code program}, or null if it ran or failed the Python way. */
    private static String run(Interpreter python, String program, java.util.Map<String, Integer> outcomes) {
        long start = System.nanoTime();
        try {
            Execution execution = python.start(program, "fuzz.py");
            execution.run(BUDGET);
            if (execution.status() == RunStatus.BUDGET_USED) {
                execution.cancel();
                execution.run(BUDGET);
            }
            String traceback = execution.traceback();
            String outcome = traceback == null ? execution.status().name()
                    : traceback.substring(traceback.stripTrailing().lastIndexOf('\n') + 1).split("[:\n]")[0];
            outcomes.merge(outcome, 1, Integer::sum);
            if (traceback != null && traceback.contains("internal error in Torchlet")) {
                return traceback;
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return "Java " + e;
        }
        long elapsed = System.nanoTime() - start;
        return elapsed > SLOW_NANOS ? "took " + elapsed / 1_000_000 + " ms" : null;
    }

    /** The conformance programs that need no native module: the mutations' starting points. */
    private static List<String> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(InterpreterFuzzTest.class.getResource("/conformance").toURI());
        List<String> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                String text = Files.readString(p);
                if (!text.contains("import torch") && !text.contains("open(")) {
                    programs.add(text);
                }
            }
        }
        return programs;
    }
}
