package dev.torchlet.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium under Playwright, with the flags this machine needs: headless, no sandbox
 * (CI runs as root), no background networking (the network is closed), WebGPU enabled.
 */
final class TorchletBrowser implements AutoCloseable {
    private static final List<String> FLAGS = List.of(
            "--no-sandbox", "--enable-unsafe-webgpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic");

    private final Playwright playwright;
    private final Browser browser;

    private TorchletBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static TorchletBrowser launch() {
        Path executable = Path.of(System.getenv().getOrDefault("TORCHLET_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Chromium not found at " + executable
                    + ": install Debian's 'chromium' package (./torchlet test does) or set TORCHLET_CHROMIUM");
        }
        Playwright playwright = Playwright.create();
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(FLAGS));
        return new TorchletBrowser(playwright, browser);
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
