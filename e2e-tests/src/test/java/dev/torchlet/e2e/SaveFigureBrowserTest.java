package dev.torchlet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * plt.savefig in the browser, on the Wasm GC runtime and on the JavaScript fallback: the worker draws
 * the figure with the page's Chart.js drawing on an OffscreenCanvas and writes a real PNG, figsize ×
 * dpi pixels, into the program's file system, where the program reads it back.
 */
class SaveFigureBrowserTest extends BrowserPageTest {
    private static final String PROGRAM = """
            import os
            import torch
            import matplotlib.pyplot as plt
            x = torch.linspace(0, 1, 20)
            plt.figure(figsize=(6, 3))
            plt.subplot(1, 2, 1)
            plt.plot(x, 1 - x, 'r-', linewidth=3, label='loss')
            plt.title('loss')
            plt.legend()
            plt.subplot(1, 2, 2)
            plt.imshow(torch.arange(16.0).reshape(4, 4), cmap='gray')
            plt.title('weights')
            print(os.path.exists('loss.png'))
            plt.savefig('loss.png', dpi=150)
            data = open('loss.png', 'rb').read()
            print(os.path.exists('loss.png'), data[:8] == b'\\x89PNG\\r\\n\\x1a\\n', data[12:16])
            print(int.from_bytes(data[16:20], 'big'), int.from_bytes(data[20:24], 'big'))
            plt.gcf().savefig('default', transparent=True)
            clear = open('default.png', 'rb').read()
            print(int.from_bytes(clear[16:20], 'big'), int.from_bytes(clear[20:24], 'big'))
            try:
                plt.savefig('loss.svg')
            except ValueError as e:
                print(e)
            print(data.hex())
            print(clear.hex())
            plt.show()
            """;

    @ParameterizedTest(name = "runtime={0}")
    @ValueSource(strings = {"wasm-gc", "js"})
    void savefigWritesAPngOfTheFigureIntoTheFileSystem(String runtime) throws IOException {
        pages.load(page, "runtime=" + runtime);
        assertEquals(runtime, page.evaluate("torchlet.ready().then(info => info.runtime)"));
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate("source => torchlet.run(source)", PROGRAM);
        assertEquals(null, result.get("error"), "traceback");
        String[] lines = ((String) result.get("stdout")).split("\n");
        assertEquals("False", lines[0]);
        assertEquals("True True b'IHDR'", lines[1]);
        assertEquals("900 450", lines[2], "figsize (6, 3) × dpi 150");
        assertEquals("600 300", lines[3], "figsize (6, 3) × the figure's dpi, 100");
        assertEquals("Format 'svg' is not supported by Torchlet (supported formats: png)", lines[4]);
        assertEquals(1, ((List<?>) result.get("figures")).size(), "the saved figure stays open for plt.show()");

        byte[] png = HexFormat.of().parseHex(lines[5]);
        if (runtime.equals("wasm-gc")) {
            Path screenshots = Path.of(System.getProperty("torchlet.screenshots", "target/screenshots"));
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve("savefig.png"), png);
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(900, image.getWidth());
        assertEquals(450, image.getHeight());
        assertEquals(0xffffffff, image.getRGB(2, 2), "an opaque white background, as matplotlib's");
        // The left Axes has the red loss curve, the right one the grey image (black to white).
        assertTrue(count(image, 0, 450, rgb -> red(rgb) > 200 && green(rgb) < 80 && blue(rgb) < 80) > 300, "red line pixels");
        assertTrue(count(image, 450, 900, rgb -> red(rgb) < 30 && green(rgb) < 30 && blue(rgb) < 30) > 1000, "black image pixels");
        assertTrue(count(image, 450, 900, rgb -> red(rgb) > 100 && red(rgb) < 150 && red(rgb) == green(rgb)) > 1000,
                "grey image pixels");
        assertEquals(0, count(image, 450, 900, rgb -> red(rgb) > 200 && green(rgb) < 80 && blue(rgb) < 80), "nothing red on the right");

        BufferedImage clear = ImageIO.read(new ByteArrayInputStream(HexFormat.of().parseHex(lines[6])));
        assertEquals(600, clear.getWidth());
        assertEquals(0, clear.getRGB(2, 2) >>> 24, "transparent=True leaves the background transparent");
        assertTrue(count(clear, 0, 300, rgb -> (rgb >>> 24) == 255 && red(rgb) > 200 && green(rgb) < 80) > 100, "red line pixels");
        assertEquals(List.of(), consoleErrors, "console errors");
    }

    private interface PixelTest {
        boolean test(int argb);
    }

    private static int count(BufferedImage image, int fromX, int toX, PixelTest test) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = fromX; x < toX; x++) {
                if (test.test(image.getRGB(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int red(int argb) {
        return argb >> 16 & 0xff;
    }

    private static int green(int argb) {
        return argb >> 8 & 0xff;
    }

    private static int blue(int argb) {
        return argb & 0xff;
    }
}
