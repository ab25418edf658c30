package dev.torchlet.python.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.torchlet.python.Interpreter;
import dev.torchlet.python.runtime.OutputStreams;
import org.junit.jupiter.api.Test;

/** warnings.warn writes CPython's two lines to stderr, naming the line stacklevel points at, once per place by default. */
class WarningsOutputTest {
    @Test
    void aWarningNamesItsCallersLineOncePerPlace() {
        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        Interpreter python = new Interpreter(OutputStreams.of(stdout::append, stderr::append));
        assertNull(python.run("""
                import warnings
                def helper():
                    warnings.warn("helper is old", DeprecationWarning, stacklevel=2)
                for i in range(3):
                    helper()
                warnings.warn("plain")
                print("done")
                """, "prog.py"));
        assertEquals("done\n", stdout.toString());
        assertEquals("""
                prog.py:5: DeprecationWarning: helper is old
                  helper()
                prog.py:6: UserWarning: plain
                  warnings.warn("plain")
                """, stderr.toString());
    }
}
