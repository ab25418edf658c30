package dev.torchlet.server.cli;

import dev.torchlet.python.Interpreter;
import dev.torchlet.python.modules.torch.TorchModule;
import dev.torchlet.python.modules.vision.ClasspathDatasetFiles;
import dev.torchlet.python.runtime.OutputStreams;
import dev.torchlet.python.runtime.VirtualFileSystem;

/** The interpreter as the JVM runs programs: torch on the JVM engine, datasets from the class path. */
public final class JvmPython {
    private JvmPython() {
    }

    public static Interpreter create(OutputStreams out, VirtualFileSystem files) {
        Interpreter python = new Interpreter(out, files);
        python.registerModule("torch", TorchModule::create);
        ClasspathDatasetFiles.install();
        return python;
    }
}
