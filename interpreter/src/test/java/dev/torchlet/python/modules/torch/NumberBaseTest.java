package dev.torchlet.python.modules.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.torchlet.python.Interpreter;
import dev.torchlet.python.runtime.OutputStreams;
import org.junit.jupiter.api.Test;

/** {@code torch.pow(self: Number, exponent: Tensor)} is {@code number ** tensor}, as in PyTorch (dtype included). */
class NumberBaseTest {
    @Test
    void torchPowOfANumberIsTheNumberToTheTensor() {
        StringBuilder out = new StringBuilder();
        Interpreter python = new Interpreter(OutputStreams.of(out::append, out::append));
        python.registerModule("torch", TorchModule::create);
        String traceback = python.run("""
                import torch
                x = torch.tensor([0.5, -1.0, 3.0])
                n = torch.tensor([0, 3, 10])
                print(torch.equal(torch.pow(2.0, x), 2.0 ** x), torch.equal(torch.pow(2, n), 2 ** n), torch.pow(2, n).dtype)
                """, "p.py");
        assertNull(traceback, () -> out + "\n" + traceback);
        assertEquals("True True torch.int64\n", out.toString());
    }
}
