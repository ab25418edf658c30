package dev.torchlet.e2e;

import com.microsoft.playwright.Page;
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
    protected static PlaygroundPages pages;
    protected static String baseUrl;

    protected Page page;
    protected final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void startServerAndBrowser() {
        pages = PlaygroundPages.start();
        baseUrl = pages.baseUrl();
    }

    @AfterAll
    static void stopServerAndBrowser() {
        if (pages != null) {
            pages.close();
        }
    }

    @BeforeEach
    void openContext() {
        page = pages.newPage();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(consoleErrors::add);
    }

    @AfterEach
    void closeContext() {
        pages.discard(page);
    }
}
