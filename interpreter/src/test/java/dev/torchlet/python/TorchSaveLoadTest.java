package dev.torchlet.python;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.python.modules.torch.TorchModule;
import dev.torchlet.python.runtime.InMemoryFileSystem;
import dev.torchlet.python.runtime.OutputStreams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * torch.save from Python gives PyTorch 1.13's exact bytes: a model or optimizer that loaded a
 * file PyTorch wrote (engine/src/test/resources/torchfiles, from torch_files.py) saves its
 * state_dict again to the same bytes — _metadata, BatchNorm's version 2, optimizer
 * param_groups and all.
 */
class TorchSaveLoadTest {
    private static final Path FILES = Path.of("..", "engine", "src", "test", "resources", "torchfiles");

    private static InMemoryFileSystem filesWith(String... names) throws IOException {
        InMemoryFileSystem files = new InMemoryFileSystem();
        for (String name : names) {
            files.write(name, Files.readAllBytes(FILES.resolve(name)));
        }
        return files;
    }

    private static String run(InMemoryFileSystem files, String source) {
        StringBuilder out = new StringBuilder();
        Interpreter python = new Interpreter(OutputStreams.of(out::append, out::append), files);
        python.registerModule("torch", TorchModule::create);
        String traceback = python.run(source, "<test>");
        assertNull(traceback, () -> out + "\n" + traceback);
        return out.toString();
    }

    private static void assertSameFile(InMemoryFileSystem files, String name) throws IOException {
        assertArrayEquals(Files.readAllBytes(FILES.resolve(name)), files.read("out/" + name), name);
    }

    @Test
    void sequentialStateDict() throws IOException {
        InMemoryFileSystem files = filesWith("state_dict_sequential.pt", "sgd_state_dict.pt", "adam_state_dict.pt");
        run(files, """
                import torch
                import torch.nn as nn
                net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
                net.load_state_dict(torch.load("state_dict_sequential.pt"))
                torch.save(net.state_dict(), "out/state_dict_sequential.pt")
                """);
        assertSameFile(files, "state_dict_sequential.pt");
    }

    @Test
    void stateDictWithBatchNorm() throws IOException {
        InMemoryFileSystem files = filesWith("state_dict_net.pt");
        run(files, """
                import torch
                import torch.nn as nn
                class Net(nn.Module):
                    def __init__(self):
                        super().__init__()
                        self.conv = nn.Conv2d(1, 2, 3)
                        self.bn = nn.BatchNorm2d(2)
                        self.fc = nn.Linear(8, 3)
                net = Net()
                net.load_state_dict(torch.load("state_dict_net.pt", weights_only=True))
                torch.save(net.state_dict(), "out/state_dict_net.pt")
                """);
        assertSameFile(files, "state_dict_net.pt");
    }

    @Test
    void optimizerStateDicts() throws IOException {
        InMemoryFileSystem files = filesWith("state_dict_sequential.pt", "sgd_state_dict.pt", "adam_state_dict.pt");
        run(files, """
                import torch
                import torch.nn as nn
                net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
                sgd = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
                sgd.load_state_dict(torch.load("sgd_state_dict.pt"))
                torch.save(sgd.state_dict(), "out/sgd_state_dict.pt")
                adam = torch.optim.Adam(net.parameters(), lr=0.01)
                adam.load_state_dict(torch.load("adam_state_dict.pt"))
                torch.save(adam.state_dict(), "out/adam_state_dict.pt")
                """);
        assertSameFile(files, "sgd_state_dict.pt");
        assertSameFile(files, "adam_state_dict.pt");
    }

    @Test
    void wholeModelIsRefusedWithTheStateDictWay() {
        String out = run(new InMemoryFileSystem(), """
                import torch
                try:
                    torch.save(torch.nn.Linear(2, 2), "net.pt")
                except TypeError as e:
                    print(e)
                """);
        assertTrue(out.contains("torch.save(model.state_dict(), PATH)"), out);
    }

    @Test
    void safetensorsStateDict() throws IOException {
        InMemoryFileSystem files = filesWith("st_state_dict.safetensors");
        run(files, """
                import torch
                from safetensors.torch import load_file, save_file
                net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
                net.load_state_dict(load_file("st_state_dict.safetensors"))
                save_file(dict(net.state_dict()), "out/st_state_dict.safetensors")
                """);
        assertSameFile(files, "st_state_dict.safetensors");
    }

    @Test
    void safetensorsAsBytes() throws IOException {
        InMemoryFileSystem files = filesWith("st_state_dict.safetensors");
        String out = run(files, """
                import torch
                from safetensors.torch import load, save
                with open("st_state_dict.safetensors", "rb") as f:
                    data = f.read()
                net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
                net.load_state_dict(load(data))
                again = save(dict(net.state_dict()))
                print(type(again).__name__, again == data)
                with open("out/st_state_dict.safetensors", "wb") as f:
                    f.write(again)
                """);
        assertEquals("bytes True\n", out);
        assertSameFile(files, "st_state_dict.safetensors");
    }
}
