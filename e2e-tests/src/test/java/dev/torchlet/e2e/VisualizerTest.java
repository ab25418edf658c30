package dev.torchlet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The step-through graph visualizer on the autograd lesson's z = w*x + b cell: it walks the
 * statements forward, then the backward pass node by node; the final .grad values equal what
 * real PyTorch printed (the lesson's outputs.json); graph nodes and source lines point at each other.
 */
class VisualizerTest extends BrowserPageTest {
    private static final double TIMEOUT_MS = 60_000;
    private static final String CELL = ".cell[data-cell-id='linear-graph']";
    /** More than the cell's 7 statements plus its backward steps: a walk that never ends fails. */
    private static final int MAX_STEPS = 40;

    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), consoleErrors, "console errors");
    }

    private Locator cell() {
        return page.locator(CELL);
    }

    private Locator panel() {
        return cell().locator(".step-panel");
    }

    /** Clicks Next and waits until the panel shows the step it caused. */
    private void next() {
        String before = panel().getAttribute("data-progress");
        cell().locator(".step-next").click();
        page.waitForFunction("([selector, before]) => document.querySelector(selector).dataset.progress !== before",
                List.of(CELL + " .step-panel", before), new Page.WaitForFunctionOptions().setTimeout(TIMEOUT_MS));
    }

    private String fact(String variable, String name) {
        return panel().locator("tr[data-variable='" + variable + "'] dd[data-fact='" + name + "']").textContent();
    }

    @Test
    void stepModeWalksForwardAndBackwardAndLinksNodesToLines() throws Exception {
        page.navigate(baseUrl + "learn.html?lesson=02-autograd&lang=en");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#page[data-ready='true']").waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS));
        String expected = (String) page.evaluate("fetch('lessons/02-autograd.outputs.json').then(r => r.json())"
                + ".then(outputs => outputs['linear-graph'].stdout)");

        cell().locator(".cell-step").click();
        page.locator(CELL + " .step-panel[data-line='1']").waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS));
        assertEquals("x = torch.tensor(3.0)", cell().locator(".cm-line[data-step-line]").textContent());

        List<Integer> linesSeen = new ArrayList<>();
        boolean sawGraphBeforeBackward = false;
        int backwardItemsSeenOneByOne = 0;
        for (int i = 0; i < MAX_STEPS && !"0".equals(panel().getAttribute("data-line")); i++) {
            int line = Integer.parseInt(panel().getAttribute("data-line"));
            if (linesSeen.isEmpty() || linesSeen.get(linesSeen.size() - 1) != line) {
                linesSeen.add(line);
            }
            if (line == 6) {
                // Before z.backward(): the forward graph of z = w*x + b, leaves w and b.
                assertEquals(List.of("MulBackward0", "AddBackward0"), cell().locator(".graph-node.graph-op text").allTextContents());
                assertEquals(List.of("w", "b"), cell().locator(".graph-node.graph-leaf text").allTextContents());
                assertEquals("None", fact("w", "grad"));
                sawGraphBeforeBackward = true;
            }
            int itemsBefore = cell().locator(".backward-step").count();
            next();
            int itemsAfter = cell().locator(".backward-step").count();
            if (itemsAfter == itemsBefore + 1) {
                backwardItemsSeenOneByOne++;
                // The node being stepped through is highlighted in the graph.
                assertTrue(cell().locator(".graph-node.active").count() >= 1);
            }
        }
        cell().locator(".cell-output[data-state='done']").waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), linesSeen);
        assertTrue(sawGraphBeforeBackward);
        assertEquals(expected, cell().locator(".cell-output").textContent());

        // backward(): started at AddBackward0, then each node with its rule, then the leaves' .grad.
        List<String> steps = cell().locator(".backward-step").allTextContents();
        assertEquals(5, steps.size(), String.join("\n", steps));
        assertEquals(5, backwardItemsSeenOneByOne);
        assertTrue(steps.get(0).contains("AddBackward0"), steps.get(0));
        Locator mul = cell().locator(".backward-evaluated[data-grad-fn='MulBackward0']");
        assertEquals("self: grad · other, other: grad · self", mul.locator("[data-fact='rule'] code").textContent());
        assertEquals("tensor(1.)", mul.locator("[data-fact='incoming'] code").textContent());

        // The .grad values shown equal PyTorch's printed `w.grad, b.grad, x.grad`.
        String[] printedGrads = expected.strip().split("\n")[1].split(" ");
        assertEquals(printedGrads[0], fact("w", "grad"));
        assertEquals(printedGrads[1], fact("b", "grad"));
        assertEquals(printedGrads[2], fact("x", "grad"));
        assertEquals(printedGrads[0], cell().locator(".backward-accumulated[data-leaf='w'] [data-fact='total'] code").textContent());
        assertEquals(printedGrads[1], cell().locator(".backward-accumulated[data-leaf='b'] [data-fact='total'] code").textContent());

        // Clicking a node marks its source line; clicking a line selects its nodes.
        cell().locator(".graph-node[data-grad-fn='MulBackward0']").click();
        assertEquals("z = w * x + b", cell().locator(".cm-line[data-linked-line]").textContent());
        cell().locator(".cm-line").nth(3).click();
        assertEquals(List.of("MulBackward0", "AddBackward0"), cell().locator(".graph-node.selected text").allTextContents());
        // Keyboard: Enter on a focused node selects it too.
        cell().locator(".graph-node[data-grad-fn='AccumulateGrad']").first().focus();
        page.keyboard().press("Enter");
        assertEquals(List.of("w"), cell().locator(".graph-node.selected text").allTextContents());

        Path screenshots = Path.of(System.getProperty("torchlet.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        page.setViewportSize(1100, 1000);
        cell().locator(".graph-node[data-grad-fn='MulBackward0']").click();
        // The sticky page header and lesson toolbar would cover the top of the cell in the picture.
        page.evaluate("document.querySelectorAll('*').forEach(e => {"
                + " if (getComputedStyle(e).position === 'sticky') { e.style.position = 'static'; } })");
        cell().scrollIntoViewIfNeeded();
        cell().screenshot(new Locator.ScreenshotOptions().setPath(screenshots.resolve("visualizer.png")));
    }

    @Test
    void continueRunsToTheEndAndALargeGraphDrawsItsNewestNodes() {
        page.navigate(baseUrl + "learn.html?lesson=02-autograd&lang=en");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#page[data-ready='true']").waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS));
        cell().locator(".cm-content").fill("w = torch.tensor(1.0, requires_grad=True)\nz = w\nfor i in range(150):\n    z = z * 2 + 1\nprint(z.grad_fn)\n");
        cell().locator(".cell-step").click();
        page.locator(CELL + " .step-panel[data-line='1']").waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS));
        cell().locator(".step-continue").click();
        cell().locator(".cell-output[data-state='done'], .cell-output[data-state='error']")
                .waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS).setState(WaitForSelectorState.ATTACHED));
        assertEquals("done", cell().locator(".cell-output").getAttribute("data-state"),
                cell().locator(".cell-output").textContent() + " / " + cell().locator(".cm-content").textContent());
        // 150 iterations made 300 op nodes (+ the leaf w): only the newest 200 are drawn.
        assertEquals(200, cell().locator(".graph-node").count());
        assertEquals("Large graph: drawing the newest 200 of 301 nodes", cell().locator(".graph-note").textContent());
        assertEquals("0", panel().getAttribute("data-line"));
    }

    @Test
    void stopEndsAPausedStepRun() {
        page.navigate(baseUrl + "learn.html?lesson=02-autograd&lang=zh");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#page[data-ready='true']").waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS));
        cell().locator(".cell-step").click();
        page.locator(CELL + " .step-panel[data-line='1']").waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS));
        assertEquals("⤓ 下一步", cell().locator(".step-next").textContent());
        next();
        cell().locator(".step-stop").click();
        cell().locator(".cell-output[data-state='stopped']").waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS));
        assertEquals(0, cell().locator(".cm-line[data-step-line]").count());
    }

    /** Runs `code` in the graph cell in step mode with Continue, to its end. */
    private void stepThrough(String code) {
        page.navigate(baseUrl + "learn.html?lesson=02-autograd&lang=en");
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#page[data-ready='true']").waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS));
        cell().locator(".cm-content").fill(code);
        cell().locator(".cell-step").click();
        page.locator(CELL + " .step-panel[data-line='1']").waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS));
        cell().locator(".step-continue").click();
        cell().locator(".cell-output[data-state='done'], .cell-output[data-state='error']")
                .waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS).setState(WaitForSelectorState.ATTACHED));
        assertEquals("done", cell().locator(".cell-output").getAttribute("data-state"), cell().locator(".cell-output").textContent());
        // The panel draws the last events when the run reports its end.
        page.locator(CELL + " .step-panel[data-line='0'] .graph-node").first()
                .waitFor(new Locator.WaitForOptions().setTimeout(TIMEOUT_MS).setState(WaitForSelectorState.ATTACHED));
    }

    private static final String NET = """
            from torch import nn
            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.fc1 = nn.Linear(3, 4)
                    self.act = nn.ReLU()
                    self.out = nn.Sequential(nn.Linear(4, 2), nn.Sigmoid())
                def forward(self, x):
                    return self.out(self.act(self.fc1(x)))
            net = Net()
            """;

    private List<String> modules(String selector) {
        return cell().locator(selector).evaluateAll("elements => elements.map(e => e.dataset.module)") instanceof List<?> list
                ? list.stream().map(String::valueOf).sorted().toList() : List.of();
    }

    @Test
    void aModelsGraphIsGroupedByModuleAndAModuleCollapsesToOneNode() throws Exception {
        stepThrough(NET + "loss = net(torch.ones(1, 3)).sum()\n");
        Path screenshots = Path.of(System.getProperty("torchlet.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        cell().locator(".graph-view").screenshot(new Locator.ScreenshotOptions().setPath(screenshots.resolve("visualizer-modules.png")));
        assertEquals(List.of("Net", "Net.act", "Net.fc1", "Net.out", "Net.out.0", "Net.out.1"), modules(".graph-module"));
        // fc1's weight and bias are drawn in fc1's box with the ops that used them
        Locator fc1 = cell().locator(".graph-module[data-module='Net.fc1']");
        assertEquals("▾ fc1", fc1.locator(".graph-module-label").textContent());
        assertEquals(0, cell().locator(".graph-group").count(), "a small graph starts expanded");

        cell().locator(".graph-module[data-module='Net.out'] > .graph-module-label").click();
        assertEquals(List.of("Net", "Net.act", "Net.fc1"), modules(".graph-module"));
        Locator out = cell().locator(".graph-group[data-module='Net.out']");
        assertTrue(out.locator("text").textContent().startsWith("▸ out ("), out.locator("text").textContent());
        out.click();
        assertEquals(0, cell().locator(".graph-group").count());
        assertTrue(modules(".graph-module").contains("Net.out.0"));
    }

    @Test
    void aLargeModelGraphStartsWithItsLayersCollapsed() {
        stepThrough(NET + "loss = 0\nfor i in range(12):\n    loss = loss + net(torch.ones(1, 3)).sum()\n");
        // Twelve forward passes (over 60 nodes): each layer's nodes from every pass are one collapsed node.
        assertEquals(List.of("Net.act", "Net.fc1", "Net.out"), modules(".graph-group"));
        assertEquals(List.of("Net"), modules(".graph-module"));
        cell().locator(".graph-group[data-module='Net.fc1']").click();
        assertTrue(modules(".graph-module").contains("Net.fc1"));
    }
}
