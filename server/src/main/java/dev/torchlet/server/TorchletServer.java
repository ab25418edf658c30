package dev.torchlet.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.staticfiles.Location;

/**
 * The Torchlet web server: the web UI (TeaVM runtime, pages, torchlet.js), the lessons and the
 * JSON API, all from the classpath, with embedded defaults so nothing else has to run.
 */
public final class TorchletServer implements AutoCloseable {
    /** Static files are compressed once and kept in memory up to this size (the Wasm runtime included). */
    private static final int PRECOMPRESS_MAX_BYTES = 64 * 1024 * 1024;

    private final Javalin app;

    private TorchletServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving on {@code host:port}; port 0 picks a free port (see {@link #port()}). */
    public static TorchletServer start(String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/webapp";
                files.location = Location.CLASSPATH;
                files.precompressMaxSize = PRECOMPRESS_MAX_BYTES;
                files.mimeTypes.add("application/wasm", "wasm");
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/lessons";
                files.directory = "/lessons";
                files.location = Location.CLASSPATH;
                files.mimeTypes.add("text/markdown; charset=utf-8", "md");
            });
            config.routes.get("/api/health", ctx -> ctx.json(HealthReport.current()));
        });
        app.start();
        return new TorchletServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
