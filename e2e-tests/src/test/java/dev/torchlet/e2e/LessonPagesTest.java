package dev.torchlet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lesson pages (learn.html) in a real Chromium: the index with progress, lessons in Chinese and
 * English with KaTeX math, and notebook cells whose output must equal the lesson's outputs.json
 * (made by real PyTorch): every cell of every lesson.
 */
class LessonPagesTest extends BrowserPageTest {
    private static final double RUN_TIMEOUT_MS = 60_000;
    private static final String AUTOGRAD = "learn.html?lesson=02-autograd";

    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), consoleErrors, "console errors");
    }

    private void open(String path) {
        page.navigate(baseUrl + path);
        page.waitForLoadState(LoadState.LOAD);
        page.locator("#page[data-ready='true']").waitFor(new Locator.WaitForOptions().setTimeout(RUN_TIMEOUT_MS));
    }

    private Locator cell(String id) {
        return page.locator(".cell[data-cell-id='" + id + "']");
    }

    /** Waits until the cell's output has settled (done, error or stopped) and returns its state. */
    private String awaitCell(String id) {
        cell(id).locator(".cell-output[data-state='done'], .cell-output[data-state='error'], .cell-output[data-state='stopped']")
                .waitFor(new Locator.WaitForOptions().setTimeout(RUN_TIMEOUT_MS));
        return cell(id).locator(".cell-output").getAttribute("data-state");
    }

    private String output(String id) {
        return cell(id).locator(".cell-output").textContent();
    }

    /** The stdout real PyTorch printed for this lesson cell, as the server serves it. */
    private String expectedStdout(String lessonFile, String cellId) {
        return (String) page.evaluate("([file, id]) => fetch('lessons/' + file + '.outputs.json')"
                + ".then(r => r.json()).then(outputs => outputs[id].stdout)", List.of(lessonFile, cellId));
    }

    private void replaceCode(String id, String code) {
        cell(id).locator(".cm-content").fill(code);
    }

    @SuppressWarnings("unchecked")
    private List<String> indexTitles(String lang) {
        return (List<String>) page.evaluate("lang => fetch('lessons/index.json').then(r => r.json())"
                + ".then(index => index.lessons.map(lesson => lesson.title[lang]))", lang);
    }

    @Test
    void indexListsTheLessonsInChineseByDefaultAndInEnglishWhenChosen() {
        open("learn.html");
        assertEquals("zh-CN", page.locator("html").getAttribute("lang"));
        List<String> chinese = indexTitles("zh");
        assertEquals(3, chinese.size());
        assertEquals(chinese, page.locator(".lesson-title").allTextContents());

        page.locator(".lang-switch .lang-en").click();
        page.locator("#page[data-ready='true']").waitFor();
        assertEquals(indexTitles("en"), page.locator(".lesson-title").allTextContents());
        // The choice is remembered.
        page.reload();
        page.locator("#page[data-ready='true']").waitFor();
        assertEquals(indexTitles("en"), page.locator(".lesson-title").allTextContents());
        assertEquals("en", page.locator("html").getAttribute("lang"));
    }

    @Test
    void lessonTypesetsItsFormulasWithKatexAndServesKatexFonts() {
        open(AUTOGRAD + "&lang=en");
        assertEquals("Automatic differentiation", page.locator(".prose h1").first().textContent());
        assertTrue(page.locator(".prose .katex").count() >= 10, "inline formulas typeset");
        assertEquals(0, page.locator(".katex-error").count(), "no KaTeX errors");
        // z = w x + b is written $z = w x + b$; KaTeX keeps the TeX source in its MathML annotation.
        assertTrue(page.locator(".katex annotation").allTextContents().contains("z = w x + b"));
        boolean fontLoaded = (Boolean) page.evaluate(
                "document.fonts.ready.then(() => document.fonts.check('16px KaTeX_Math'))");
        assertTrue(fontLoaded, "KaTeX's fonts load from Torchlet's own server");
    }

    /** The badge says where a cell computed: WebGPU (SwiftShader here) once it uses cuda, the CPU otherwise. */
    @Test
    void theDeviceBadgeNamesWebGpuWhenACellComputesThere() {
        open(AUTOGRAD);
        replaceCode("leaves", "import torch\nx = torch.ones(2, device='cuda')\nprint((x * 2).sum().item(), x.device)\n");
        cell("leaves").locator(".cell-run").click();
        assertEquals("done", awaitCell("leaves"));
        assertTrue(output("leaves").contains("4.0 cuda:0"), output("leaves"));
        String badge = cell("leaves").locator(".device-badge").textContent();
        assertTrue(badge.startsWith("WebGPU: "), badge);
        replaceCode("leaves", "print(1 + 1)\n");
        cell("leaves").locator(".cell-run").click();
        cell("leaves").locator(".cell-output[data-state='done']").filter(new Locator.FilterOptions().setHasText("2"))
                .waitFor(new Locator.WaitForOptions().setTimeout(RUN_TIMEOUT_MS));
        assertEquals("CPU", cell("leaves").locator(".device-badge").textContent());
    }

    @Test
    void runningACellFirstRunsTheCellsBeforeItAndPrintsWhatPyTorchPrints() {
        open(AUTOGRAD);
        cell("linear-graph").locator(".cell-run").click();
        assertEquals("done", awaitCell("leaves"));
        assertEquals("done", awaitCell("linear-graph"));
        assertEquals(expectedStdout("02-autograd", "leaves"), output("leaves"));
        assertEquals(expectedStdout("02-autograd", "linear-graph"), output("linear-graph"));
        assertEquals("CPU", cell("linear-graph").locator(".device-badge").textContent());
        assertEquals("idle", cell("accumulate").locator(".cell-output").getAttribute("data-state"));

        // Switching language re-renders the prose around the same cells: outputs and state stay.
        page.locator(".lang-switch .lang-en").click();
        page.locator("#page[data-ready='true']").waitFor();
        assertEquals("Automatic differentiation", page.locator(".prose h1").first().textContent());
        assertEquals(expectedStdout("02-autograd", "linear-graph"), output("linear-graph"));
    }

    @Test
    void everyLessonShowsTheSameCellsInBothLanguages() {
        open("learn.html");
        @SuppressWarnings("unchecked")
        List<String> files = (List<String>) page.evaluate(
                "fetch('lessons/index.json').then(r => r.json()).then(index => index.lessons.map(lesson => lesson.file))");
        for (String file : files) {
            List<List<String>> idsPerLanguage = new ArrayList<>();
            for (String lang : List.of("zh", "en")) {
                open("learn.html?lesson=" + file + "&lang=" + lang);
                List<String> ids = page.locator(".cell").evaluateAll("cells => cells.map(cell => cell.dataset.cellId)")
                        instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
                assertTrue(ids.size() >= 5, file + " " + lang + " shows its cells: " + ids);
                assertTrue(page.locator(".exercise").count() >= 1, file + " " + lang + " shows its exercises");
                assertEquals(0, page.locator(".katex-error").count(), file + " " + lang + " math typesets");
                idsPerLanguage.add(ids);
            }
            assertEquals(idsPerLanguage.get(0), idsPerLanguage.get(1), file + ": same cells in zh and en");
        }
    }

    /**
     * Run all in every lesson: every cell ends as its lesson means it to (success, or the error an
     * {@code error} cell demonstrates) and prints exactly what PyTorch printed.
     */
    @Test
    void runAllPrintsWhatPyTorchPrintsForEveryCellThatRuns() {
        open("learn.html");
        @SuppressWarnings("unchecked")
        List<String> files = (List<String>) page.evaluate(
                "fetch('lessons/index.json').then(r => r.json()).then(index => index.lessons.map(lesson => lesson.file))");
        int matched = 0;
        List<String> notAsPyTorch = new ArrayList<>();
        for (String file : files) {
            open("learn.html?lesson=" + file);
            page.locator(".lesson-run-all").click();
            page.locator(".lesson-run-all:enabled").waitFor(new Locator.WaitForOptions().setTimeout(RUN_TIMEOUT_MS));
            @SuppressWarnings("unchecked")
            List<String> ids = (List<String>) page.locator(".cell").evaluateAll("cells => cells.map(cell => cell.dataset.cellId)");
            for (String id : ids) {
                String state = cell(id).locator(".cell-output").getAttribute("data-state");
                boolean expectsError = "true".equals(cell(id).getAttribute("data-expects-error"));
                String stdout = expectedStdout(file, id);
                if (state.equals("done") && !expectsError) {
                    assertEquals(stdout, output(id), file + " " + id);
                    matched++;
                } else if (state.equals("error") && expectsError) {
                    String text = output(id);
                    assertTrue(text.startsWith(stdout), file + " " + id + ": " + text);
                    String[] lines = text.trim().split("\n");
                    String expectedError = (String) page.evaluate("([file, id]) => fetch('lessons/' + file + '.outputs.json')"
                            + ".then(r => r.json()).then(outputs => outputs[id].error)", List.of(file, id));
                    assertEquals(expectedError, lines[lines.length - 1], file + " " + id);
                    matched++;
                } else {
                    notAsPyTorch.add(file + " " + id + " ended " + state + ": " + output(id));
                }
            }
        }
        assertEquals(List.of(), notAsPyTorch, "cells that did not end as PyTorch's");
        System.out.println("FIGURE lesson-cells-run-as-pytorch " + matched);
    }

    @Test
    void shiftEnterRunsTheCell() {
        open(AUTOGRAD);
        int lines = cell("leaves").locator(".cm-line").count();
        cell("leaves").locator(".cm-content").click();
        page.keyboard().press("Shift+Enter");
        assertEquals("done", awaitCell("leaves"));
        assertEquals(expectedStdout("02-autograd", "leaves"), output("leaves"));
        assertEquals(lines, cell("leaves").locator(".cm-line").count(), "Shift+Enter runs instead of inserting a line");
    }

    @Test
    void aFailingCellShowsTheTracebackAndMarksItsLine() {
        open(AUTOGRAD);
        replaceCode("leaves", "import torch\nprint('before')\nw = undefined_name + 1\nprint('after')");
        cell("leaves").locator(".cell-run").click();
        assertEquals("error", awaitCell("leaves"));
        String text = output("leaves");
        assertTrue(text.startsWith("before\nTraceback (most recent call last):\n"), text);
        assertTrue(text.contains("line 3"), text);
        assertTrue(text.trim().endsWith("NameError: name 'undefined_name' is not defined"), text);
        Locator marked = cell("leaves").locator(".cm-line.cm-error-line");
        assertEquals(1, marked.count());
        assertEquals("w = undefined_name + 1", marked.textContent());
        // Reset code brings back the lesson's code and clears the mark.
        cell("leaves").locator(".cell-reset").click();
        assertEquals(0, cell("leaves").locator(".cm-error-line").count());
        assertEquals("import torch", cell("leaves").locator(".cm-line").first().textContent());
    }

    @Test
    void stopCancelsAnEndlessLoopAndTheNotebookCarriesOn() {
        open(AUTOGRAD);
        replaceCode("leaves", "import torch\nprint('looping')\nwhile True:\n    pass");
        cell("leaves").locator(".cell-run").click();
        cell("leaves").locator(".cell-output .stdout").waitFor(new Locator.WaitForOptions().setTimeout(RUN_TIMEOUT_MS));
        cell("leaves").locator(".cell-stop").click();
        assertEquals("stopped", awaitCell("leaves"));
        String text = output("leaves");
        assertTrue(text.startsWith("looping\n") && text.trim().endsWith("KeyboardInterrupt"), text);
        assertEquals(0, cell("leaves").locator(".cm-error-line").count(), "a stopped cell marks no error");
        // The program state lives on: the next cell runs and sees the first cell's import.
        cell("linear-graph").locator(".cell-run").click();
        assertEquals("done", awaitCell("linear-graph"));
        assertEquals(expectedStdout("02-autograd", "linear-graph"), output("linear-graph"));
    }

    @Test
    void restartForgetsEveryVariable() {
        open(AUTOGRAD);
        cell("leaves").locator(".cell-run").click();
        assertEquals("done", awaitCell("leaves"));
        page.locator(".lesson-restart").click();
        page.locator(".lesson-restart:enabled").waitFor();
        String error = (String) page.evaluate("torchlet.run('print(w)').then(result => result.error)");
        assertTrue(error.trim().endsWith("NameError: name 'w' is not defined"), error);
    }

    @Test
    void progressIsShownOnTheIndexAndSurvivesAReload() throws Exception {
        open(AUTOGRAD);
        cell("linear-graph").locator(".cell-run").click();
        assertEquals("done", awaitCell("linear-graph"));
        Path screenshots = Path.of(System.getProperty("torchlet.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        page.setViewportSize(1100, 1300);
        page.locator(".prose h2").first().scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("lesson.png")));

        open("learn.html");
        Locator autograd = page.locator(".lesson-item[data-lesson-id='autograd'] .progress-cells");
        assertEquals("2", autograd.getAttribute("data-done"));
        assertTrue(autograd.textContent().startsWith("已运行代码单元 2/"), autograd.textContent());
        page.reload();
        page.locator("#page[data-ready='true']").waitFor();
        assertEquals("2", autograd.getAttribute("data-done"));
        assertEquals("0", page.locator(".lesson-item[data-lesson-id='tensors'] .progress-cells").getAttribute("data-done"));
    }
}
