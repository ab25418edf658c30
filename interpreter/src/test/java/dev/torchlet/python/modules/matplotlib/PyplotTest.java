package dev.torchlet.python.modules.matplotlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.python.Interpreter;
import dev.torchlet.python.modules.torch.TorchModule;
import dev.torchlet.python.runtime.OutputStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pyplot: the figures plt.show() hands the host, and plt.hist's bins against numpy.histogram's. */
class PyplotTest {
    private final StringBuilder stdout = new StringBuilder();
    private final List<String> figures = new ArrayList<>();

    private String run(String source) {
        Interpreter python = new Interpreter(new OutputStreams() {
            @Override
            public void stdout(String text) {
                stdout.append(text);
            }

            @Override
            public void stderr(String text) {
                stdout.append(text);
            }

            @Override
            public void display(String mimeType, String data) {
                assertEquals(PyplotModule.FIGURE_TYPE, mimeType);
                figures.add(data);
            }
        });
        python.registerModule("torch", TorchModule::create);
        return python.run(source, "plots.py");
    }

    @Test
    void showHandsEachFigureWithContentToTheHostOnce() {
        assertNull(run("""
                import torch
                import matplotlib.pyplot as plt
                x = torch.tensor([0.0, 0.5, 1.0])
                plt.figure(figsize=(8, 4))
                plt.subplot(1, 2, 1)
                plt.plot(x, 3 * x ** 2 + 2, 'r--', label='fit')
                plt.scatter([0, 1], [2, 5], s=10)
                plt.title('data and fit')
                plt.legend()
                plt.subplot(122)
                plt.imshow(torch.eye(2), cmap='gray')
                plt.show()
                plt.show()
                fig, axes = plt.subplots(2, 2)
                axes[1][0].bar([1, 2], [3, 4])
                print(fig, len(axes), len(axes[0]))
                plt.show()
                """));
        assertEquals(2, figures.size());
        String first = figures.get(0);
        assertTrue(first.startsWith("{\"width\":800.0,\"height\":400.0,\"axes\":[{\"rows\":1,\"cols\":2,\"index\":1,\"title\":\"data and fit\""), first);
        assertTrue(first.contains("{\"kind\":\"line\",\"x\":[0.0,0.5,1.0],\"y\":[2.0,2.75,5.0],\"label\":\"fit\",\"color\":\"#ff0000\",\"lineStyle\":\"--\""), first);
        assertTrue(first.contains("{\"kind\":\"scatter\",\"x\":[0.0,1.0],\"y\":[2.0,5.0],\"label\":null,\"color\":\"#1f77b4\""), first);
        assertTrue(first.contains("{\"kind\":\"image\",\"rows\":2,\"cols\":2,\"channels\":1,\"data\":[1.0,0.0,0.0,1.0],\"cmap\":\"gray\""), first);
        assertTrue(figures.get(1).contains("\"index\":3,") && figures.get(1).contains("\"kind\":\"bars\",\"left\":[0.6,1.6]"),
                figures.get(1));
        assertEquals("<Figure size 640x480 with 4 Axes> 2 2\n", stdout.toString());
    }

    @Test
    void errorsAreThePrograms() {
        String traceback = run("""
                import torch
                import matplotlib.pyplot as plt
                plt.plot(torch.ones(2, requires_grad=True))
                """);
        assertTrue(traceback.endsWith("RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.\n"),
                traceback);
        assertTrue(run("import matplotlib.pyplot as plt\nplt.plot([1, 2], [1])\n")
                .endsWith("ValueError: x and y must have same first dimension, but have shapes (2,) and (1,)\n"));
        assertTrue(run("import matplotlib.pyplot as plt\nplt.plot([1, 2], 'q')\n").contains("ValueError: 'q' is not a valid format string"));
    }

    @Test
    void histogramBinsEqualNumpys() throws IOException {
        String[] lines;
        try (InputStream in = PyplotTest.class.getResourceAsStream("/goldens/histogram.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
        for (int i = 0; i + 3 < lines.length; i += 4) {
            double[] data = numbers(lines[i]);
            String[] options = lines[i + 1].split(" ");
            double[] range = options[1].equals("none") ? null : numbers(options[1].replace(',', ' '));
            Histogram h = Histogram.of(data, Integer.parseInt(options[0]), range, options[2].equals("True"));
            String label = "case " + i / 4 + ": " + lines[i + 1];
            assertArrayEquals(numbers(lines[i + 3]), h.edges(), label);
            assertArrayEquals(numbers(lines[i + 2]), h.counts(), label);
        }
    }

    private static double[] numbers(String line) {
        return Arrays.stream(line.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
    }
}
