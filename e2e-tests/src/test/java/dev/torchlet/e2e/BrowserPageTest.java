package dev.torchlet.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.torchlet.server.TorchletServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A page test's fixtures: one real server on a free loopback port and one Chromium per test class,
 * a fresh browser context and page per test, and the page's console errors collected.
 */
abstract class BrowserPageTest {
    protected static TorchletServer server;
    protected static TorchletBrowser chromium;
    protected static String baseUrl;

    protected BrowserContext context;
    protected Page page;
    protected final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void startServerAndBrowser() {
        server = TorchletServer.start("127.0.0.1", 0);
        baseUrl = "http://127.0.0.1:" + server.port() + "/";
        chromium = TorchletBrowser.launch();
    }

    @AfterAll
    static void stopServerAndBrowser() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = chromium.browser().newContext();
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(consoleErrors::add);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }
}
