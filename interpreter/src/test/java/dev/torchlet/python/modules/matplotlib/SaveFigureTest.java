package dev.torchlet.python.modules.matplotlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.python.Interpreter;
import dev.torchlet.python.modules.torch.TorchModule;
import dev.torchlet.python.runtime.InMemoryFileSystem;
import dev.torchlet.python.runtime.OutputStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * savefig: matplotlib's arguments and file names, the host's FigureRenderer contract (a fake one here:
 * the browser's draws with Chart.js, see the e2e tests), and the loud error where no host draws figures.
 */
class SaveFigureTest {
    /** A PNG signature and a marker: what the fake renderer "draws". */
    private static final byte[] FAKE_PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 'f', 'a', 'k', 'e'};

    private record Render(String json, int width, int height, boolean transparent) {
    }

    private final StringBuilder stdout = new StringBuilder();
    private final List<String> shown = new ArrayList<>();
    private final List<Render> renders = new ArrayList<>();
    private final InMemoryFileSystem files = new InMemoryFileSystem();

    private Interpreter interpreter(boolean withRenderer) {
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
                shown.add(data);
            }
        }, files);
        python.registerModule("torch", TorchModule::create);
        if (withRenderer) {
            python.setFigureRenderer((json, width, height, transparent) -> {
                renders.add(new Render(json, width, height, transparent));
                return FAKE_PNG.clone();
            });
        }
        return python;
    }

    @Test
    void savefigWritesTheRenderersPngToTheFileSystemAndKeepsTheFigureOpen() {
        String traceback = interpreter(true).run("""
                import os
                import torch
                import matplotlib.pyplot as plt
                plt.figure(figsize=(4, 3))
                plt.subplot(1, 2, 1)
                plt.plot(torch.tensor([1.0, 0.5, 0.25]), label='loss')
                plt.subplot(1, 2, 2)
                plt.scatter([0, 1], [2, 5])
                print(os.path.exists('loss.png'))
                plt.savefig('loss.png', dpi=200, bbox_inches='tight')
                print(os.path.exists('loss.png'), open('loss.png', 'rb').read()[:8])
                plt.savefig(fname='again.png')
                plt.show()
                """, "save.py");
        assertNull(traceback, traceback);
        assertEquals("False\nTrue b'\\x89PNG\\r\\n\\x1a\\n'\n", stdout.toString());
        assertEquals(2, renders.size());
        // The renderer gets the figure as plt.show() hands it to the page, and its size in pixels: inches × dpi.
        assertEquals(new Render(shown.get(0), 800, 600, false), renders.get(0));
        assertEquals(new Render(shown.get(0), 400, 300, false), renders.get(1));
        assertTrue(shown.get(0).startsWith("{\"width\":400.0,\"height\":300.0,\"axes\":[{\"rows\":1,\"cols\":2,\"index\":1"), shown.get(0));
        assertEquals(1, shown.size(), "the saved figure stays open and plt.show() still shows it");
        assertTrue(files.exists("again.png"));
    }

    @Test
    void fileNamesFormatsDpiAndFileObjectsFollowMatplotlib() {
        String traceback = interpreter(true).run("""
                import io
                import matplotlib.pyplot as plt
                fig, ax = plt.subplots(figsize=(2, 1), dpi=50)
                ax.plot([1, 2, 3])
                print(fig, fig.dpi)
                fig.savefig('curve')
                plt.savefig('curve.PNG', dpi='figure', transparent=True)
                buffer = io.BytesIO()
                plt.savefig(buffer, format='png', dpi=300)
                print(buffer.getvalue()[1:4])
                with open('file.png', 'wb') as f:
                    fig.savefig(f)
                plt.figure(figsize=(6.4, 4.8))
                plt.savefig('empty.png')
                for bad in ['loss.svg', 'loss.jpg']:
                    try:
                        plt.savefig(bad)
                    except ValueError as e:
                        print(e)
                try:
                    plt.savefig(buffer, format='pdf')
                except ValueError as e:
                    print(e)
                try:
                    plt.savefig('x.png', quality=3)
                except TypeError as e:
                    print(e)
                try:
                    plt.savefig('x.png', dpi=0)
                except ValueError as e:
                    print(e)
                """, "formats.py");
        assertNull(traceback, traceback);
        assertEquals("""
                <Figure size 100x50 with 1 Axes> 50.0
                b'PNG'
                Format 'svg' is not supported by Torchlet (supported formats: png)
                Format 'jpg' is not supported by Torchlet (supported formats: png)
                Format 'pdf' is not supported by Torchlet (supported formats: png)
                savefig() got an unexpected keyword argument 'quality'
                savefig() dpi must be a positive number or 'figure', not 0.0
                """, stdout.toString());
        assertTrue(files.exists("curve.png"), "a name without an extension gets matplotlib's .png");
        assertTrue(files.exists("curve.PNG"));
        assertTrue(files.exists("file.png"));
        assertTrue(files.exists("empty.png"), "an empty figure saves as a blank image, as in matplotlib");
        assertFalse(files.exists("loss.svg"));
        assertEquals(List.of(new Render(renders.get(0).json(), 100, 50, false), new Render(renders.get(0).json(), 100, 50, true),
                new Render(renders.get(0).json(), 600, 300, false), new Render(renders.get(0).json(), 100, 50, false)),
                renders.subList(0, 4));
        assertEquals(new Render("{\"width\":640.0,\"height\":480.0,\"axes\":[]}", 640, 480, false), renders.get(4));
    }

    @Test
    void withoutARendererSavefigSaysFiguresAreSavedInTheBrowser() {
        String traceback = interpreter(false).run("""
                import matplotlib.pyplot as plt
                plt.plot([1, 2, 3])
                plt.savefig('loss.png')
                """, "cli.py");
        assertNotNull(traceback);
        assertTrue(traceback.contains("line 3"), traceback);
        assertTrue(traceback.contains("NotImplementedError: savefig draws figures in the browser"), traceback);
        assertFalse(files.exists("loss.png"));
        // Argument errors are the same everywhere: an unsupported format is a ValueError before the host is asked.
        String svg = interpreter(false).run("import matplotlib.pyplot as plt\nplt.savefig('loss.svg')\n", "cli.py");
        assertTrue(svg.contains("ValueError: Format 'svg' is not supported by Torchlet (supported formats: png)"), svg);
    }
}
