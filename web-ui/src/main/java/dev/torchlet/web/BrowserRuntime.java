package dev.torchlet.web;

import dev.torchlet.engine.PlatformMath;
import dev.torchlet.python.Interpreter;
import dev.torchlet.python.modules.torch.TorchModule;
import dev.torchlet.python.runtime.OutputStreams;
import dev.torchlet.python.vm.Execution;
import dev.torchlet.python.vm.RunStatus;
import org.teavm.jso.JSExport;

/**
 * The browser entry point that TeaVM compiles (to Wasm GC and to JavaScript). It exports the
 * functions the runtime worker calls (see worker/runtime-bindings.ts): one interpreter per
 * worker, programs run in slices of instructions.
 */
public final class BrowserRuntime {
    private static final OutputStreams OUTPUT = OutputStreams.of(
            text -> OutputSink.write(OutputSink.STDOUT, text), text -> OutputSink.write(OutputSink.STDERR, text));

    private static Interpreter interpreter;
    private static Execution current;

    private BrowserRuntime() {
    }

    public static void main(String[] args) {
        // Nothing runs at load time; the worker calls the exports below.
    }

    @JSExport
    public static void resetSession() {
        // The worker calls this before the first program (TeaVM does not run main() for a module).
        PlatformMath.install(new BrowserMath());
        interpreter = new Interpreter(OUTPUT);
        interpreter.registerModule("torch", TorchModule::create);
        current = null;
    }

    /** Returns null when the program compiled, else its SyntaxError traceback. */
    @JSExport
    public static String startRun(String source, String filename) {
        if (interpreter == null) {
            resetSession();
        }
        current = interpreter.start(source, filename);
        return current.status() == RunStatus.FAILED ? current.traceback() : null;
    }

    /** Runs up to {@code budget} instructions; returns the RunStatus ordinal. */
    @JSExport
    public static int continueRun(int budget) {
        if (current == null) {
            return RunStatus.FINISHED.ordinal();
        }
        return current.run(budget).ordinal();
    }

    @JSExport
    public static String errorText() {
        return current == null || current.traceback() == null ? "" : current.traceback();
    }

    @JSExport
    public static void cancelRun() {
        if (current != null) {
            current.cancel();
        }
    }
}
