package dev.torchlet.python.modules.torch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.engine.HostMemoryBackend;
import dev.torchlet.engine.device.Devices;
import dev.torchlet.python.Interpreter;
import dev.torchlet.python.runtime.OutputStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Programs written for an accelerator ({@code device = 'cuda' if available else 'cpu'}) print the
 * same on one as on the CPU, but for the device they name. The accelerator here is the engine's
 * host-memory test device, so this checks the interpreter's side (device=, .to, .cuda, Module.to,
 * tolist/item/printing through downloads); the browser test runs the same programs on WebGPU.
 */
class AcceleratorProgramsTest {
    private HostMemoryBackend backend;

    @AfterEach
    void unregister() {
        Devices.unregister(HostMemoryBackend.DEVICE);
    }

    private static String run(String source) {
        StringBuilder out = new StringBuilder();
        Interpreter python = new Interpreter(OutputStreams.of(out::append, out::append));
        python.registerModule("torch", TorchModule::create);
        String traceback = python.run(source, "program.py");
        assertNull(traceback, () -> out + "\n" + traceback);
        return out.toString();
    }

    private static String program(String name) throws IOException {
        try (InputStream in = AcceleratorProgramsTest.class.getResourceAsStream("/device-programs/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every program in the device-programs folder (the browser test runs the same folder on WebGPU). */
    static java.util.stream.Stream<String> devicePrograms() throws IOException {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/device-programs"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".py")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("devicePrograms")
    void printsWhatTheCpuPrintsButForTheDevice(String name) throws IOException {
        String source = program(name);
        String onCpu = run(source);
        backend = new HostMemoryBackend();
        Devices.register(backend);
        String onDevice = run(source);
        assertTrue(onDevice.contains("cuda:0"), onDevice);
        assertFalse(backend.launched.isEmpty());
        // The device suffix lengthens lines, so PyTorch's printing may wrap them elsewhere (the suffix
        // itself may go to a line of its own): compare words.
        assertEquals(words(onCpu), words(onDevice.replaceAll(",\\s*device='cuda:0'", "").replace("cuda:0", "cpu")));
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void synchronizeWaitsOnTheAccelerator() {
        backend = new HostMemoryBackend();
        Devices.register(backend);
        run("import torch\nx = torch.ones(3, device='cuda') * 2\ntorch.cuda.synchronize()\ntorch.accelerator.synchronize()\n");
        assertEquals(2, backend.launched.stream().filter("synchronize"::equals).count(), backend.launched.toString());
    }

    @Test
    void withoutAnAcceleratorCudaFailsAsInPyTorchWithoutCuda() {
        StringBuilder out = new StringBuilder();
        Interpreter python = new Interpreter(OutputStreams.of(out::append, out::append));
        python.registerModule("torch", TorchModule::create);
        String traceback = python.run("import torch\nprint(torch.cuda.is_available(), torch.accelerator.is_available(), "
                + "torch.accelerator.current_accelerator())\ntorch.zeros(2).cuda()\n", "p.py");
        assertEquals("False False None\n", out.toString());
        assertTrue(traceback.endsWith("AssertionError: Torch not compiled with CUDA enabled\n"), traceback);
    }

    @Test
    void deviceErrorsReadLikePyTorchs() {
        Devices.register(new HostMemoryBackend());
        StringBuilder out = new StringBuilder();
        Interpreter python = new Interpreter(OutputStreams.of(out::append, out::append));
        python.registerModule("torch", TorchModule::create);
        String mixed = python.run("import torch\nx = torch.ones(3, device='cuda')\nx + torch.ones(3)\n", "p.py");
        assertTrue(mixed.endsWith("RuntimeError: Expected all tensors to be on the same device, but found at least two devices, "
                + "cuda:0 and cpu!\n"), mixed);
        String numpy = python.run("x.numpy()\n", "p.py");
        assertTrue(numpy.endsWith("TypeError: can't convert cuda:0 device type tensor to numpy. Use Tensor.cpu() to copy the tensor "
                + "to host memory first.\n"), numpy);
        String ordinal = python.run("torch.ones(1, device='cuda:1')\n", "p.py");
        assertTrue(ordinal.endsWith("RuntimeError: CUDA error: invalid device ordinal\n"), ordinal);
        assertNull(python.run("print(torch.device('webgpu'), x.is_cuda, torch.cuda.get_device_name(0))\n", "p.py"));
        assertNull(python.run("a = torch.accelerator.current_accelerator()\n"
                + "print(a, torch.accelerator.device_count(), torch.ones(1, device=a).device)\n", "p.py"));
        assertEquals("cuda:0 True host memory test device\ncuda 1 cuda:0\n", out.toString());
    }
}
