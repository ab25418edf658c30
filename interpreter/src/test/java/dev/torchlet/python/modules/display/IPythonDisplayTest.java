package dev.torchlet.python.modules.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.python.Interpreter;
import dev.torchlet.python.modules.matplotlib.PyplotModule;
import dev.torchlet.python.runtime.OutputStreams;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** display() hands figures to the host as plt.show() does and prints anything else; clear_output asks the host to clear. */
class IPythonDisplayTest {
    private final StringBuilder stdout = new StringBuilder();
    private final List<String> displays = new ArrayList<>();
    private final Interpreter python = new Interpreter(new OutputStreams() {
        @Override
        public void stdout(String text) {
            stdout.append(text);
            displays.add("stdout " + text);
        }

        @Override
        public void stderr(String text) {
            stdout.append(text);
        }

        @Override
        public void display(String mimeType, String data) {
            displays.add(mimeType.equals(PyplotModule.FIGURE_TYPE) ? "figure" : mimeType + " " + data);
        }
    });

    @Test
    void aLiveCurveDisplaysEachDrawingThenClearsWhenTheNextArrives() {
        assertNull(python.run("""
                import matplotlib.pyplot as plt
                from IPython import display
                fig, ax = plt.subplots()
                for epoch in range(2):
                    ax.cla()
                    ax.plot([1, 2, epoch])
                    display.display(fig)
                    display.clear_output(wait=True)
                """, "live.py"), stdout::toString);
        String clear = IPythonDisplay.CLEAR_OUTPUT_TYPE + " {\"wait\":true}";
        assertEquals(List.of("figure", clear, "figure", clear), displays);
    }

    @Test
    void axesClearForgetsTheirLinesAndTitle() {
        assertNull(python.run("""
                import matplotlib.pyplot as plt
                fig, ax = plt.subplots()
                ax.plot([1, 2])
                ax.set_title('old')
                ax.cla()
                print(ax)
                plt.plot([3, 4])
                plt.cla()
                plt.show()
                """, "cla.py"), stdout::toString);
        assertEquals("<AxesSubplot:>\n", stdout.toString());
        assertEquals(List.of("stdout <AxesSubplot:>\n"), displays, "a cleared figure has nothing to show");
    }

    @Test
    void displayPrintsTheReprOfOtherValuesAndClearOutputDefaultsToNow() {
        assertNull(python.run("""
                from IPython.display import display, clear_output
                import IPython
                display('text', [1, 2], None)
                clear_output()
                print(IPython.display.clear_output is clear_output)
                """, "display.py"), stdout::toString);
        assertEquals("'text'\n[1, 2]\nTrue\n", stdout.toString());
        assertTrue(displays.contains(IPythonDisplay.CLEAR_OUTPUT_TYPE + " {\"wait\":false}"), displays::toString);
    }
}
