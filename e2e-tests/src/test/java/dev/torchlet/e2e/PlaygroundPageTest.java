package dev.torchlet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The playground page at "/" in a real Chromium, against a real server on a free loopback port. */
class PlaygroundPageTest extends BrowserPageTest {
    private static final double RUN_TIMEOUT_MS = 60_000;

    private void open(String query) {
        page.navigate(baseUrl + query);
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#run:enabled").waitFor(new Locator.WaitForOptions().setTimeout(RUN_TIMEOUT_MS));
    }

    private String runInEditor(String source) {
        page.locator("#editor").fill(source);
        page.locator("#run").click();
        page.locator("#output:not([data-state='running']):not([data-state='idle'])")
                .waitFor(new Locator.WaitForOptions().setTimeout(RUN_TIMEOUT_MS).setState(WaitForSelectorState.ATTACHED));
        return page.locator("#output").textContent();
    }

    @ParameterizedTest(name = "runtime={0}")
    @ValueSource(strings = {"auto", "js"})
    void runButtonShowsPyTorchOutput(String runtime) {
        open(runtime.equals("auto") ? "" : "?runtime=" + runtime);
        String output = runInEditor(Goldens.program("ones_plus_one"));
        assertEquals(Goldens.expectedStdout("ones_plus_one"), output);
        String kind = (String) page.evaluate("torchlet.ready().then(info => info.runtime)");
        assertEquals(runtime.equals("js") ? "js" : "wasm-gc", kind);
        assertEquals(List.of(), consoleErrors, "console errors");
    }

    @ParameterizedTest(name = "runtime={0}")
    @ValueSource(strings = {"auto", "js"})
    void publicApiReturnsTheSameText(String runtime) {
        open(runtime.equals("auto") ? "" : "?runtime=" + runtime);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate(
                "source => torchlet.run(source)", Goldens.program("ones_plus_one"));
        assertEquals(Goldens.expectedStdout("ones_plus_one"), result.get("stdout"));
        assertEquals(null, result.get("error"));
    }

    @ParameterizedTest(name = "runtime={0}")
    @ValueSource(strings = {"auto", "js"})
    void syntaxErrorShowsTracebackNamingTheLine(String runtime) {
        open(runtime.equals("auto") ? "" : "?runtime=" + runtime);
        String output = runInEditor(Goldens.program("syntax_error"));
        assertEquals("error", page.locator("#output").getAttribute("data-state"));
        assertTrue(output.contains("line 3"), () -> "traceback should name line 3:\n" + output);
        assertTrue(output.contains("SyntaxError"), () -> "traceback should say SyntaxError:\n" + output);
        assertEquals(Goldens.expectedStdout("syntax_error"), output.substring(0, output.indexOf("  File")),
                "output printed before the error is kept");
    }

    @ParameterizedTest(name = "runtime={0}")
    @ValueSource(strings = {"auto", "js"})
    void stopCancelsARunningLoopAndKeepsItsOutput(String runtime) {
        open(runtime.equals("auto") ? "" : "?runtime=" + runtime);
        page.locator("#editor").fill("print('started')\nn = 0\nwhile True:\n    n += 1\n");
        page.locator("#run").click();
        page.locator("#output .stdout").waitFor(new Locator.WaitForOptions().setTimeout(RUN_TIMEOUT_MS));
        page.locator("#stop").click();
        page.locator("#output[data-state='error']").waitFor(new Locator.WaitForOptions().setTimeout(RUN_TIMEOUT_MS));
        String output = page.locator("#output").textContent();
        assertTrue(output.startsWith("started\nTraceback (most recent call last):\n"), output);
        assertTrue(output.endsWith("KeyboardInterrupt\n"), output);
        // The worker is free again: the next run works and sees the loop's variable.
        assertEquals("True\n", runInEditor("print(n > 0)"));
    }

    @Test
    void firstOutputTimeAndScreenshot() throws Exception {
        long started = System.nanoTime();
        open("");
        String output = runInEditor(Goldens.program("ones_plus_one"));
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(Goldens.expectedStdout("ones_plus_one"), output);
        // A figure for the notes, not a timing assertion.
        System.out.println("FIGURE first-output-after-navigation-ms " + elapsedMs);
        Path screenshots = Path.of(System.getProperty("torchlet.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        Path shot = screenshots.resolve("playground.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
        assertNotNull(Files.size(shot) > 0 ? shot : null);
    }

    /** plt.show() draws the figure under the output: one canvas per Axes, with pixels painted on it. */
    @ParameterizedTest(name = "runtime={0}")
    @ValueSource(strings = {"auto", "js"})
    void plotsAreDrawnAndScreenshotted(String runtime) throws Exception {
        open(runtime.equals("auto") ? "" : "?runtime=" + runtime);
        String output = runInEditor("""
                import torch
                import matplotlib.pyplot as plt
                torch.manual_seed(0)
                x = torch.linspace(-1, 1, 50)
                y = 3 * x ** 2 + 2 + 0.2 * torch.randn(50)
                plt.figure(figsize=(9, 3))
                plt.subplot(1, 3, 1)
                plt.scatter(x, y, s=10, label='data')
                plt.plot(x, 3 * x ** 2 + 2, 'r--', label='y = 3x² + 2')
                plt.title('fit')
                plt.legend()
                plt.subplot(1, 3, 2)
                counts, edges, _ = plt.hist(torch.randn(500), bins=20)
                plt.title('hist')
                plt.subplot(1, 3, 3)
                plt.imshow(torch.arange(64.0).reshape(8, 8), cmap='gray')
                plt.title('imshow')
                plt.show()
                print(sum(counts))
                """);
        assertEquals("done", page.locator("#output").getAttribute("data-state"), output);
        assertTrue(output.endsWith("500.0\n"), output);
        assertEquals("3", page.locator("#output .figure").getAttribute("data-axes"));
        assertEquals(3, page.locator("#output .figure canvas").count());
        // Each canvas has drawn pixels (not left blank).
        for (int i = 0; i < 3; i++) {
            Object painted = page.locator("#output .figure canvas").nth(i).evaluate("""
                    canvas => { const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                      for (let k = 3; k < d.length; k += 4) { if (d[k] !== 0) return true; } return false; }""");
            assertEquals(Boolean.TRUE, painted, "canvas " + i + " painted");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate(
                "source => torchlet.run(source)", "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.show()\n");
        assertEquals(1, ((List<?>) result.get("figures")).size());
        assertEquals(List.of(), consoleErrors, "console errors");
        if (runtime.equals("auto")) {
            Path screenshots = Path.of(System.getProperty("torchlet.screenshots", "target/screenshots"));
            Files.createDirectories(screenshots);
            page.locator("#output .figure").screenshot(new Locator.ScreenshotOptions().setPath(screenshots.resolve("plot.png")));
        }
    }

    /** tqdm shows a progress bar under the output, filled when the loop ends, with tqdm's own text. */
    @ParameterizedTest(name = "runtime={0}")
    @ValueSource(strings = {"auto", "js"})
    void tqdmShowsAProgressBar(String runtime) {
        open(runtime.equals("auto") ? "" : "?runtime=" + runtime);
        String output = runInEditor("""
                from tqdm import tqdm
                total = 0
                for i in tqdm(range(250), desc='epoch'):
                    total += i
                print(total)
                """);
        assertEquals("done", page.locator("#output").getAttribute("data-state"), output);
        Locator bar = page.locator("#output .progress-bar");
        assertEquals(1, bar.count());
        assertEquals("closed", bar.getAttribute("data-state"));
        assertEquals("250", bar.locator("progress").getAttribute("max"));
        assertEquals(250.0, ((Number) bar.locator("progress").evaluate("p => p.value")).doubleValue());
        assertEquals("epoch: 100%|██████████| 250/250", bar.locator("span").textContent());
        assertTrue(output.endsWith("31125\n"), output);
        assertEquals(List.of(), consoleErrors, "console errors");
    }

    /**
     * A live training curve as notebook tutorials draw it (d2l's Animator): each epoch redraws the
     * figure, displays it and calls clear_output(wait=True), so the page ends up showing the last
     * drawing alone, with what was printed after it.
     */
    @Test
    void clearOutputWithWaitLeavesTheLastDrawingOfALiveCurve() {
        open("");
        String output = runInEditor("""
                import matplotlib.pyplot as plt
                from IPython import display
                fig, ax = plt.subplots()
                losses = []
                for epoch in range(5):
                    losses.append(1.0 / (epoch + 1))
                    ax.cla()
                    ax.plot(losses)
                    ax.set_title(f'epoch {epoch}')
                    display.display(fig)
                    display.clear_output(wait=True)
                    print('loss', losses[-1])
                """);
        assertEquals("done", page.locator("#output").getAttribute("data-state"), output);
        assertEquals("loss 0.2\n", output);
        assertEquals(0, page.locator("#output canvas").count(), "the last print came after the last clear_output(wait=True)");
        output = runInEditor("""
                from IPython.display import clear_output, display
                print('old')
                clear_output()
                ax.cla()
                ax.plot([3, 2, 1])
                display(fig)
                """);
        assertTrue(!output.contains("old"), output);
        assertEquals(1, page.locator("#output canvas").count());
        assertEquals(List.of(), consoleErrors, "console errors");
    }

    /** A tensor larger than a tab should hold is PyTorch's "not enough memory" RuntimeError, and the page carries on. */
    @Test
    void aHugeTensorIsARuntimeErrorNotACrashedTab() {
        open("");
        String output = runInEditor("""
                import torch
                try:
                    torch.zeros(300_000_000)
                except RuntimeError as e:
                    print(str(e).split(' (')[0])
                print(torch.zeros(1000).sum())
                """);
        assertEquals("DefaultCPUAllocator: not enough memory: you tried to allocate 1200000000 bytes\ntensor(0.)\n", output);
        assertEquals(List.of(), consoleErrors, "console errors");
    }
}
