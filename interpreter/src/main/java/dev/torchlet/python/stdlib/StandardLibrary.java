package dev.torchlet.python.stdlib;

import dev.torchlet.python.Interpreter;
import dev.torchlet.python.runtime.OutputStreams;
import dev.torchlet.python.runtime.VirtualFileSystem;

/**
 * The standard-library modules every Torchlet program can import. Pure-Python ones are written
 * in Python and run by the interpreter itself on first import; the rest are Java.
 */
public final class StandardLibrary {
    private StandardLibrary() {
    }

    public static void register(Interpreter interpreter, OutputStreams out, VirtualFileSystem files) {
        interpreter.registerSourceModule("itertools", ItertoolsSource.SOURCE);
        interpreter.registerSourceModule("functools", FunctoolsSource.SOURCE);
        interpreter.registerSourceModule("collections", CollectionsSource.SOURCE);
        interpreter.registerSourceModule("copy", CopySource.SOURCE);
        interpreter.registerSourceModule("typing", TypingSource.SOURCE);
        interpreter.registerSourceModule("string", StringSource.SOURCE);
        interpreter.registerSourceModule("dataclasses", DataclassesSource.SOURCE);
        interpreter.registerSourceModule("heapq", HeapqSource.SOURCE);
        interpreter.registerSourceModule("bisect", BisectSource.SOURCE);
        interpreter.registerSourceModule("warnings", WarningsSource.SOURCE, () -> WarningsNatives.create(out));
        // torch.utils.data is Python over a few Java helpers; it imports torch, which the host registers.
        interpreter.registerSourceModule("torch.utils.data", dev.torchlet.python.modules.data.DataSource.SOURCE,
                dev.torchlet.python.modules.data.DataNatives::create);
        interpreter.registerSourceModule("torchvision", dev.torchlet.python.modules.vision.VisionSource.SOURCE, dev.torchlet.python.modules.vision.VisionNatives::create);
        interpreter.registerModule("math", dev.torchlet.python.modules.math.MathModule::create);
        interpreter.registerModule("random", dev.torchlet.python.modules.random.RandomModule::create);
        interpreter.registerModule("numpy", dev.torchlet.python.modules.numpy.NumpyModule::create);
        interpreter.registerModule("numpy.random", () -> (dev.torchlet.python.runtime.PyModule) interpreter.importModule("numpy").getAttribute("random"));
        interpreter.registerModule("matplotlib.pyplot", () -> dev.torchlet.python.modules.matplotlib.PyplotModule.create(out, files,
                interpreter::figureRenderer));
        interpreter.registerModule("matplotlib", () -> dev.torchlet.python.modules.matplotlib.PyplotModule.createPackage(
                (dev.torchlet.python.runtime.PyModule) interpreter.importModule("matplotlib.pyplot")));
        interpreter.registerSourceModule("tqdm", dev.torchlet.python.modules.progress.TqdmSource.SOURCE,
                () -> dev.torchlet.python.modules.progress.ProgressNatives.create(out));
        interpreter.registerModule("tqdm.auto", () -> (dev.torchlet.python.runtime.PyModule) interpreter.importModule("tqdm"));
        interpreter.registerModule("tqdm.notebook", () -> (dev.torchlet.python.runtime.PyModule) interpreter.importModule("tqdm"));
        interpreter.registerModule("IPython.display", () -> dev.torchlet.python.modules.display.IPythonDisplay.create(out));
        interpreter.registerModule("IPython", () -> dev.torchlet.python.modules.display.IPythonDisplay.createPackage(
                (dev.torchlet.python.runtime.PyModule) interpreter.importModule("IPython.display")));
        interpreter.registerModule("time", TimeModule::create);
        interpreter.registerModule("io", IoModule::create);
        interpreter.registerModule("safetensors", dev.torchlet.python.modules.torch.SafetensorsModule::createPackage);
        interpreter.registerModule("safetensors.torch", dev.torchlet.python.modules.torch.SafetensorsModule::createTorch);
        interpreter.registerModule("sys", () -> SysModule.create(out));
        interpreter.registerModule("os", () -> OsPathModule.createOs(OsPathModule.createPath(files)));
        interpreter.registerModule("os.path", () -> (dev.torchlet.python.runtime.PyModule) interpreter.importModule("os").getAttribute("path"));
    }
}
