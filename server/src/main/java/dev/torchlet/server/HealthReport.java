package dev.torchlet.server;

import java.util.List;

/**
 * What {@code GET /api/health} answers: which Torchlet this is, on which JVM, and which compute
 * backends this server can run offloaded programs on.
 */
public record HealthReport(String status, String name, String version, Jvm jvm, List<String> backends) {

    public record Jvm(String version, String vendor, int processors, long maxMemoryBytes) {
    }

    public static HealthReport current() {
        Runtime runtime = Runtime.getRuntime();
        Jvm jvm = new Jvm(System.getProperty("java.version"), System.getProperty("java.vendor"),
                runtime.availableProcessors(), runtime.maxMemory());
        return new HealthReport("ok", "torchlet", BuildInfo.version(), jvm, BackendCatalog.available());
    }
}
