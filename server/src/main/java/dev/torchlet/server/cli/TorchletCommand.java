package dev.torchlet.server.cli;

import dev.torchlet.server.TorchletServer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * The Java side of the {@code ./torchlet} launcher: {@code serve [--port N] [--host H]} and
 * {@code run FILE.py [ARGS...]}. The launcher script builds first and explains usage.
 */
public final class TorchletCommand {
    private static final int DEFAULT_PORT = 8080;
    private static final String DEFAULT_HOST = "127.0.0.1";

    private TorchletCommand() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0) {
            err.println("usage: torchlet serve [--port N] [--host H] | torchlet run [--time-limit SECONDS] FILE.py [ARGS...]");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "serve" -> serve(rest, err);
            case "run" -> System.exit(ProgramRunner.runFile(rest, System.out, System.err));
            default -> {
                err.println("torchlet: unknown command '" + args[0] + "' (try: serve, run)");
                System.exit(2);
            }
        }
    }

    private static void serve(String[] options, PrintStream err) throws InterruptedException {
        int port = DEFAULT_PORT;
        String host = DEFAULT_HOST;
        for (int i = 0; i < options.length; i++) {
            String option = options[i];
            if ((option.equals("--port") || option.equals("--host")) && i + 1 < options.length) {
                String value = options[++i];
                if (option.equals("--port")) {
                    port = parsePort(value, err);
                } else {
                    host = value;
                }
            } else {
                err.println("torchlet serve: unexpected argument '" + option + "' (options: --port N, --host H)");
                System.exit(2);
            }
        }
        TorchletServer server = TorchletServer.start(host, port);
        System.out.println("Torchlet is running at http://" + host + ":" + server.port() + "/  (Ctrl+C stops it)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static int parsePort(String value, PrintStream err) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        err.println("torchlet serve: --port needs a number from 0 to 65535, not '" + value + "'");
        System.exit(2);
        return -1;
    }
}
