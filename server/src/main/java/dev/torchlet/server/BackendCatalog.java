package dev.torchlet.server;

import java.util.List;

/** The compute backends this server can run programs on. Today: the engine's CPU reference backend. */
public final class BackendCatalog {
    private BackendCatalog() {
    }

    public static List<String> available() {
        return List.of("cpu");
    }
}
