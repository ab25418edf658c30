package dev.torchlet.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.torchlet.server.TorchletServer;
import java.util.ArrayList;
import java.util.List;

/**
 * A test class's Torchlet server (a free loopback port) and Chromium: playground pages, each in a
 * browser context of its own (so runtimes and devices never share a worker), all closed with it.
 * The page tests' base class ({@link BrowserPageTest}) and the classes that keep pages open across
 * tests use it alike.
 */
final class PlaygroundPages implements AutoCloseable {
    private final TorchletServer server;
    private final TorchletBrowser chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();

    private PlaygroundPages(TorchletServer server, TorchletBrowser chromium) {
        this.server = server;
        this.chromium = chromium;
    }

    static PlaygroundPages start() {
        TorchletServer server = TorchletServer.start("127.0.0.1", 0);
        try {
            return new PlaygroundPages(server, TorchletBrowser.launch());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** A blank page in a new context (to listen to it before it loads). */
    Page newPage() {
        BrowserContext context = chromium.browser().newContext();
        contexts.add(context);
        return context.newPage();
    }

    /** The server's root, {@code http://127.0.0.1:PORT/}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    /** Loads the playground with a query ({@code runtime=js}, {@code gpu=off&runtime=wasm-gc}) into {@code page}. */
    void load(Page page, String query) {
        page.navigate(baseUrl() + "?" + query);
    }

    /** Closes a page's context now (a test done with it), not at the end. */
    void discard(Page page) {
        BrowserContext context = page.context();
        contexts.remove(context);
        context.close();
    }

    /** A new page on the playground with {@code query}, its runtime ready. */
    Page open(String query) {
        Page page = newPage();
        load(page, query);
        page.evaluate("torchlet.ready()");
        return page;
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        chromium.close();
        server.close();
    }
}
