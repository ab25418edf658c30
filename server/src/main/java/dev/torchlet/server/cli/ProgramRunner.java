package dev.torchlet.server.cli;

import dev.torchlet.python.Interpreter;
import dev.torchlet.python.modules.progress.ProgressNatives;
import dev.torchlet.python.runtime.OutputStreams;
import dev.torchlet.server.files.DirectoryFileSystem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code ./torchlet run FILE.py}: runs a program with the interpreter and the JVM engine. Its
 * output alone goes to {@code out}; an uncaught exception prints the traceback to {@code err}
 * and the exit status is 1. The program's files ({@code open}) are those of the current
 * directory, and nothing outside it.
 */
final class ProgramRunner {
    private ProgramRunner() {
    }

    static int runFile(String[] args, PrintStream out, PrintStream err) {
        return runFile(args, out, err, Path.of("").toAbsolutePath());
    }

    private static Double positiveNumber(String text) {
        try {
            double value = Double.parseDouble(text);
            return value > 0 && Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Runs {@code args[0]} with {@code workingDirectory} as the program's file system; a leading
     * {@code --time-limit SECONDS} makes the program raise TimeoutError when it runs longer.
     */
    static int runFile(String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
        long timeLimitMillis = 0;
        if (args.length >= 1 && args[0].equals("--time-limit")) {
            Double seconds = args.length >= 2 ? positiveNumber(args[1]) : null;
            if (seconds == null) {
                err.println("torchlet run: --time-limit needs a number of seconds greater than 0");
                return 2;
            }
            timeLimitMillis = Math.max(1, (long) (seconds * 1000));
            args = java.util.Arrays.copyOfRange(args, 2, args.length);
        }
        if (args.length < 1) {
            err.println("usage: torchlet run [--time-limit SECONDS] FILE.py [ARGS...]");
            return 2;
        }
        Path file = Path.of(args[0]);
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("torchlet: can't open file '" + args[0] + "': No such file or directory");
            return 2;
        } catch (MalformedInputException e) {
            err.println("torchlet: '" + args[0] + "' is not UTF-8 text");
            return 2;
        } catch (IOException e) {
            err.println("torchlet: can't read '" + args[0] + "': " + e.getMessage());
            return 2;
        }
        PrintStream stdout = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        TextProgress progress = new TextProgress(stderr);
        Interpreter python = JvmPython.create(new OutputStreams() {
            @Override
            public void stdout(String text) {
                stdout.print(text);
            }

            @Override
            public void stderr(String text) {
                stdout.flush();
                stderr.print(text);
            }

            @Override
            public void display(String mimeType, String data) {
                if (mimeType.equals(ProgressNatives.PROGRESS_TYPE)) {
                    stdout.flush();
                    progress.show(data);
                }
            }
        }, new DirectoryFileSystem(workingDirectory));
        String traceback = python.run(source, args[0], timeLimitMillis);
        stdout.flush();
        if (traceback != null) {
            stderr.print(traceback);
            stderr.flush();
            return 1;
        }
        return 0;
    }
}
