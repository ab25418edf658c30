package dev.torchlet.server.cli;

import java.io.PrintStream;

/** {@code ./torchlet run FILE.py}: runs a program with the interpreter and the JVM engine. */
final class ProgramRunner {
    private ProgramRunner() {
    }

    static int runFile(String[] args, PrintStream out, PrintStream err) {
        err.println("torchlet run: not wired to the interpreter yet");
        return 2;
    }
}
