package dev.torchlet.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.python.modules.torch.TorchModule;
import dev.torchlet.python.runtime.OutputStreams;
import dev.torchlet.python.vm.Execution;
import dev.torchlet.python.vm.RunStatus;
import org.junit.jupiter.api.Test;

/** Cells share one program state, and a failing or stopped cell leaves nothing half-entered. */
class NotebookSessionTest {
    private final StringBuilder out = new StringBuilder();
    private final Interpreter python = new Interpreter(OutputStreams.of(out::append, out::append));

    NotebookSessionTest() {
        python.registerModule("torch", TorchModule::create);
    }

    @Test
    void laterCellsSeeEarlierVariablesAndResetForgetsThem() {
        assertNull(python.run("import torch\nx = torch.ones(2)\ncount = 1", "<cell>"));
        assertNull(python.run("count += 1\nprint(count, x.shape)", "<cell>"));
        assertEquals("2 torch.Size([2])\n", out.toString());
        python.reset();
        String traceback = python.run("print(count)", "<cell>");
        assertTrue(traceback.endsWith("NameError: name 'count' is not defined\n"), traceback);
    }

    @Test
    void aFailingCellInsideNoGradLeavesGradModeOn() {
        String traceback = python.run("import torch\nwith torch.no_grad():\n    undefined_name\n", "<cell>");
        assertTrue(traceback.endsWith("NameError: name 'undefined_name' is not defined\n"), traceback);
        assertNull(python.run("print(torch.is_grad_enabled())", "<cell>"));
        assertEquals("True\n", out.toString());
    }

    @Test
    void cancelStopsALoopWithKeyboardInterruptAndStepModePausesBeforeStatements() {
        Execution loop = python.start("n = 0\nwhile True:\n    n += 1\n", "<cell>");
        assertEquals(RunStatus.BUDGET_USED, loop.run(10_000));
        loop.cancel();
        assertEquals(RunStatus.FAILED, loop.run(10_000));
        assertTrue(loop.traceback().endsWith("KeyboardInterrupt\n"), loop.traceback());

        Execution stepped = python.start("a = 1\nb = a + 1\nprint(b)\n", "<cell>");
        stepped.setStepMode(true);
        int[] lines = new int[4];
        int pauses = 0;
        while (stepped.run(Long.MAX_VALUE) == RunStatus.PAUSED) {
            lines[pauses++] = stepped.currentLine();
        }
        assertEquals(RunStatus.FINISHED, stepped.status());
        assertEquals(3, pauses);
        assertEquals(1, lines[0]);
        assertEquals(2, lines[1]);
        assertEquals(3, lines[2]);
        assertEquals("2\n", out.toString());
    }
}
