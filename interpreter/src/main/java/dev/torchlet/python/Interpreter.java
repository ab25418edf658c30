package dev.torchlet.python;

import dev.torchlet.python.compiler.CodeObject;
import dev.torchlet.python.compiler.Compiler;
import dev.torchlet.python.modules.matplotlib.FigureRenderer;
import dev.torchlet.python.parser.Parser;
import dev.torchlet.python.runtime.Builtins;
import dev.torchlet.python.stdlib.StandardLibrary;
import dev.torchlet.python.runtime.InMemoryFileSystem;
import dev.torchlet.python.runtime.VirtualFileSystem;
import dev.torchlet.python.runtime.OutputStreams;
import dev.torchlet.python.runtime.PyModule;
import dev.torchlet.python.runtime.PyObject;
import dev.torchlet.python.runtime.PyStr;
import dev.torchlet.python.runtime.PythonException;
import dev.torchlet.python.vm.Execution;
import dev.torchlet.python.vm.ExecutionFactory;
import dev.torchlet.python.vm.LanguageBuiltins;
import dev.torchlet.python.vm.RunStatus;
import dev.torchlet.python.compiler.SourceLines;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The host's handle on Python: one program state (globals shared by every run, like notebook
 * cells), the native modules programs can import, and where output goes.
 *
 * <pre>{@code
 * Interpreter python = new Interpreter(outputStreams);
 * python.registerModule("torch", TorchModule::create);
 * Execution run = python.start("import torch\nprint(torch.ones(2))", "<cell>");
 * while (run.run(100_000) == RunStatus.BUDGET_USED) { ... }
 * }</pre>
 */
public final class Interpreter {
    private final OutputStreams out;
    private final VirtualFileSystem files;
    private final Map<String, Supplier<PyModule>> moduleFactories = new LinkedHashMap<>();
    private final Map<String, PyModule> loadedModules = new LinkedHashMap<>();
    private Map<String, PyObject> globals;
    private Map<String, PyObject> builtins;
    private FigureRenderer figureRenderer;

    /** An interpreter whose files live in memory. */
    public Interpreter(OutputStreams out) {
        this(out, new InMemoryFileSystem());
    }

    /** An interpreter whose {@code open()} reaches only {@code files}. */
    public Interpreter(OutputStreams out, VirtualFileSystem files) {
        this.out = out;
        this.files = files;
        reset();
        StandardLibrary.register(this, out, files);
    }

    /**
     * Lets {@code plt.savefig} draw figures: the host's renderer (the browser's, which draws with the
     * page's charting library). Without one, savefig raises an error saying figures are saved in the browser.
     */
    public void setFigureRenderer(FigureRenderer renderer) {
        this.figureRenderer = renderer;
    }

    /** The renderer {@link #setFigureRenderer} registered, or null. */
    public FigureRenderer figureRenderer() {
        return figureRenderer;
    }

    /** Makes {@code import name} give the module the factory builds (once per program state). */
    public void registerModule(String name, Supplier<PyModule> factory) {
        moduleFactories.put(name, factory);
    }

    /**
     * Makes {@code import name} run {@code source} (a module written in Python) in a namespace of
     * its own, once per program state, and give that namespace as the module.
     */
    public void registerSourceModule(String name, String source) {
        registerSourceModule(name, source, Map::of);
    }

    /** As {@link #registerSourceModule(String, String)}, the module's namespace starting with {@code natives} (Java helpers). */
    public void registerSourceModule(String name, String source, Supplier<Map<String, PyObject>> natives) {
        registerModule(name, () -> {
            String filename = "<frozen " + name + ">";
            SourceLines lines = new SourceLines(source);
            CodeObject code = Compiler.compileModule(Parser.parseModule(source), filename, lines);
            Map<String, PyObject> namespace = new LinkedHashMap<>(natives.get());
            namespace.put("__name__", new PyStr(name));
            ExecutionFactory.runModuleBody(code, namespace);
            return new PyModule(name, namespace);
        });
    }

    /** Forgets every variable and imported module, like restarting a notebook kernel. */
    public void reset() {
        globals = new LinkedHashMap<>();
        globals.put("__name__", new PyStr("__main__"));
        builtins = Builtins.create(out, files);
        LanguageBuiltins.install(builtins);
        loadedModules.clear();
    }

    /** Compiles {@code source}; the returned execution has not run yet, or has FAILED with a SyntaxError traceback. */
    public Execution start(String source, String filename) {
        CodeObject code;
        SourceLines lines = new SourceLines(source);
        try {
            code = Compiler.compileModule(Parser.parseModule(source), filename, lines);
        } catch (PythonSyntaxError e) {
            return ExecutionFactory.failed(SyntaxErrorText.format(e, filename, lines));
        }
        return ExecutionFactory.create(code, globals, builtins, this::importModule);
    }

    /** Runs {@code source} to the end; returns null, or the traceback when it failed. */
    public String run(String source, String filename) {
        return run(source, filename, 0);
    }

    /** As {@link #run(String, String)}, raising TimeoutError in the program after {@code timeLimitMillis} (0: no limit). */
    public String run(String source, String filename, long timeLimitMillis) {
        Execution execution = start(source, filename);
        if (timeLimitMillis > 0) {
            execution.setTimeLimit(timeLimitMillis);
        }
        while (execution.run(Long.MAX_VALUE) == RunStatus.BUDGET_USED) {
            // An unlimited budget only returns at the end; the loop guards a paused step mode.
        }
        return execution.status() == RunStatus.FAILED ? execution.traceback() : null;
    }

    /** What {@code import dottedName} gives: the module, loaded once per program state. */
    public PyModule importModule(String dottedName) {
        PyModule module = loadedModules.get(dottedName);
        if (module != null) {
            return module;
        }
        Supplier<PyModule> factory = moduleFactories.get(dottedName);
        int lastDot = dottedName.lastIndexOf('.');
        if (factory == null && lastDot > 0) {
            // A submodule a native module defines as an attribute (torch.nn, torch.nn.functional).
            PyModule parent = importModule(dottedName.substring(0, lastDot));
            String child = dottedName.substring(lastDot + 1);
            if (parent.has(child) && parent.getAttribute(child) instanceof PyModule submodule) {
                loadedModules.put(dottedName, submodule);
                return submodule;
            }
        }
        if (factory == null) {
            throw PythonException.of("ModuleNotFoundError", "No module named '" + dottedName + "'");
        }
        module = factory.get();
        loadedModules.put(dottedName, module);
        if (lastDot > 0) {
            // As in CPython, importing a.b.c makes c an attribute of a.b (torch.utils.data).
            importModule(dottedName.substring(0, lastDot)).define(dottedName.substring(lastDot + 1), module);
        }
        offerSubmodules(dottedName, module);
        return module;
    }

    /**
     * Registered submodules under {@code name} (torch.utils.data under torch) become attributes that
     * import themselves on first use, as packages such as torch import their submodules themselves.
     */
    private void offerSubmodules(String name, PyModule module) {
        for (String registered : moduleFactories.keySet()) {
            if (!registered.startsWith(name + ".")) {
                continue;
            }
            String[] path = registered.substring(name.length() + 1).split("\\.");
            PyModule holder = module;
            for (int i = 0; i < path.length - 1 && holder != null; i++) {
                holder = holder.has(path[i]) && holder.getAttribute(path[i]) instanceof PyModule inner ? inner : null;
            }
            if (holder != null && !holder.has(path[path.length - 1])) {
                holder.defineOnFirstUse(path[path.length - 1], () -> importModule(registered));
            }
        }
    }
}
