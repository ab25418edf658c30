package dev.torchlet.engine.bench;

import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Autograd overhead per op: a chain of 10,000 adds on a one-element tensor that requires grad,
 * then backward — Torchlet on this JVM beside PyTorch 1.13 (engine/src/test/python/autograd_overhead.py,
 * run here with /usr/bin/python3) in the same run. Medians over the runs after a warm-up.
 *
 * <pre>
 * mvn -B -q -o -pl engine test-compile
 * java -cp engine/target/classes:engine/target/test-classes dev.torchlet.engine.bench.AutogradOverheadBenchmark
 * </pre>
 * (from the repository root; arguments: chain length, runs; defaults 10000 and 15).
 */
public final class AutogradOverheadBenchmark {
    private AutogradOverheadBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int chain = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        double[] ours = torchlet(chain, runs);
        double[] theirs = pytorch(chain, runs);
        System.out.println("Autograd overhead: chain of " + chain + " adds on a 1-element tensor + backward, median of " + runs
                + " runs");
        System.out.println(row("", "forward ms", "backward ms", "µs/op fwd", "µs/op bwd"));
        System.out.println(row("Torchlet (JVM " + System.getProperty("java.version") + ")", ours, chain));
        System.out.println(row("PyTorch " + pytorchVersion() + " (1 thread)", theirs, chain));
    }

    private static double[] torchlet(int chain, int runs) {
        List<Double> forward = new ArrayList<>();
        List<Double> backward = new ArrayList<>();
        Scalar one = Scalar.of(1L);
        for (int run = 0; run < runs + 5; run++) { // the first five warm the JIT up
            Tensor x = Torch.ones(1).requiresGrad_(true);
            long start = System.nanoTime();
            Tensor y = x;
            for (int i = 0; i < chain; i++) {
                y = y.add(one);
            }
            long middle = System.nanoTime();
            y.backward();
            long end = System.nanoTime();
            if (x.grad().itemAsDouble() != 1.0) {
                throw new IllegalStateException("wrong gradient " + x.grad());
            }
            if (run >= 5) {
                forward.add((middle - start) / 1e6);
                backward.add((end - middle) / 1e6);
            }
        }
        return new double[] {median(forward), median(backward)};
    }

    private static double[] pytorch(int chain, int runs) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/usr/bin/python3", "engine/src/test/python/autograd_overhead.py",
                Integer.toString(chain), Integer.toString(runs)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("PyTorch side failed: " + output);
        }
        String[] parts = output.split(" ");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }

    private static String pytorchVersion() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/usr/bin/python3", "-c", "import torch; print(torch.__version__)").start();
        String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor();
        return version;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String row(String label, double[] ms, int chain) {
        return row(label, fixed(ms[0], 2), fixed(ms[1], 2), fixed(ms[0] * 1000 / chain, 2), fixed(ms[1] * 1000 / chain, 2));
    }

    private static String row(String label, String... cells) {
        StringBuilder sb = new StringBuilder(pad(label, 34));
        for (String cell : cells) {
            sb.append(pad(cell, 13));
        }
        return sb.toString().stripTrailing();
    }

    private static String fixed(double value, int digits) {
        return String.format(java.util.Locale.ROOT, "%." + digits + "f", value);
    }

    private static String pad(String text, int width) {
        StringBuilder sb = new StringBuilder(text);
        while (sb.length() < width) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
