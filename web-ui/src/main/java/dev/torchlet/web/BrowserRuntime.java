package dev.torchlet.web;

import dev.torchlet.engine.PlatformMath;
import dev.torchlet.python.Interpreter;
import dev.torchlet.python.modules.matplotlib.PyplotModule;
import dev.torchlet.engine.Storage;
import dev.torchlet.python.modules.display.IPythonDisplay;
import dev.torchlet.python.modules.progress.ProgressNatives;
import dev.torchlet.python.modules.torch.TorchModule;
import dev.torchlet.python.runtime.JsonText;
import dev.torchlet.python.runtime.OutputStreams;
import dev.torchlet.python.vm.Execution;
import dev.torchlet.python.vm.RunStatus;
import dev.torchlet.web.device.WebGpuSelfTest;
import dev.torchlet.web.device.WebGpuStartup;
import dev.torchlet.web.webgpu.Suspension;
import org.teavm.interop.Export;
import org.teavm.jso.JSExport;

/**
 * The browser entry point that TeaVM compiles (to Wasm GC and to JavaScript). It exports the
 * functions the runtime worker calls (see worker/runtime-bindings.ts): one interpreter per
 * worker, programs run in slices of instructions.
 *
 * <p>Exports that can run Python code or print tensors may wait for the GPU (a tensor read back);
 * the Wasm GC build's worker calls their plain-Wasm twins below through JSPI and awaits them
 * (see Suspension).
 */
public final class BrowserRuntime {
    private static final OutputStreams OUTPUT = new OutputStreams() {
        @Override
        public void stdout(String text) {
            OutputSink.write(OutputSink.STDOUT, text);
        }

        @Override
        public void stderr(String text) {
            OutputSink.write(OutputSink.STDERR, text);
        }

        @Override
        public void display(String mimeType, String data) {
            if (mimeType.equals(PyplotModule.FIGURE_TYPE)) {
                OutputSink.write(OutputSink.FIGURE, data);
            } else if (mimeType.equals(ProgressNatives.PROGRESS_TYPE)) {
                OutputSink.write(OutputSink.PROGRESS, data);
            } else if (mimeType.equals(IPythonDisplay.CLEAR_OUTPUT_TYPE)) {
                OutputSink.write(OutputSink.CLEAR, data);
            }
        }
    };

    /**
     * One tensor may take at most this much of the worker's memory: a tab has a few GiB in all, and
     * a program asking for more gets PyTorch's "not enough memory" error instead of a crashed tab.
     */
    private static final long MAX_TENSOR_BYTES = 1L << 30;

    private static Interpreter interpreter;
    private static Execution current;
    /** Set while a step-mode run records graph events for the visualizer. */
    private static GraphEventRecorder recorder;
    private static AutoCloseable recorderSubscription;
    /** The cell's module-level variables (a live view), still shown once the run has ended and has no frame. */
    private static java.util.Map<String, dev.torchlet.python.runtime.PyObject> moduleVariables = java.util.Map.of();

    private BrowserRuntime() {
    }

    public static void main(String[] args) {
        // Nothing runs at load time; the worker calls the exports below.
    }

    @JSExport
    public static void resetSession() {
        // The worker calls this before the first program (TeaVM does not run main() for a module).
        PlatformMath.install(new BrowserMath());
        Storage.setMaxBytes(MAX_TENSOR_BYTES);
        interpreter = new Interpreter(OUTPUT);
        interpreter.registerModule("torch", TorchModule::create);
        interpreter.setFigureRenderer(new CanvasFigureRenderer()); // plt.savefig
        current = null;
    }

    /** Returns null when the program compiled, else its SyntaxError traceback. */
    @JSExport
    public static String startRun(String source, String filename) {
        if (interpreter == null) {
            resetSession();
        }
        stopRecording();
        current = interpreter.start(source, filename);
        return current.status() == RunStatus.FAILED ? current.traceback() : null;
    }

    /** Runs up to {@code budget} instructions; resolves to the RunStatus ordinal. */
    @JSExport
    public static int continueRun(int budget) {
        return runSlice(budget);
    }

    private static int runSlice(int budget) {
        if (current == null) {
            return RunStatus.FINISHED.ordinal();
        }
        int status = current.run(budget).ordinal();
        // The GPU works on what the slice recorded while the page handles output or the next slice waits.
        WebGpuStartup.submitPending();
        return status;
    }

    // ---- The same, as plain WebAssembly exports (Wasm GC build) ----
    // JavaScript Promise Integration can only make real Wasm functions promising, and TeaVM wraps
    // @JSExport functions in JavaScript, so the worker calls these instead (see Suspension);
    // results other than numbers are left in Suspension's result slot.

    @Export(name = "torchlet_continueRun")
    public static int continueRunInWasm(int budget) {
        return runSlice(budget);
    }

    @Export(name = "torchlet_variablesJson")
    public static void variablesJsonInWasm() {
        Suspension.keepResult(visibleVariablesJson());
    }

    @Export(name = "torchlet_takeGraphEvents")
    public static void takeGraphEventsInWasm() {
        Suspension.keepResult(takeRecordedEvents());
    }

    @Export(name = "torchlet_startAccelerator")
    public static void startAcceleratorInWasm() {
        Suspension.keepResult(WebGpuStartup.start());
    }

    @Export(name = "torchlet_acceleratorSelfTest")
    public static void acceleratorSelfTestInWasm() {
        Suspension.keepResult(WebGpuSelfTest.run());
    }

    @Export(name = "torchlet_acceleratorLossTest")
    public static void acceleratorLossTestInWasm() {
        Suspension.keepResult(WebGpuSelfTest.loseDevice());
    }

    // ---- The accelerator (WebGPU as cuda:0) ----

    /** Opens the WebGPU device where the browser has one; resolves to {@link #acceleratorName()}. */
    @JSExport
    public static String startAccelerator() {
        return WebGpuStartup.start();
    }

    /** Where the run that just ended computed: the accelerator's description when it used it, else "CPU". */
    @JSExport
    public static String takeRunDevice() {
        return WebGpuStartup.takeRunDevice();
    }

    /** The accelerator's description for the page's badge ("WebGPU: …"), or "" when programs run on the CPU only. */
    @JSExport
    public static String acceleratorName() {
        return WebGpuStartup.acceleratorName();
    }

    /** Checks the accelerator's kernels through the engine's device interface; resolves to "ok" or the mismatches. */
    @JSExport
    public static String acceleratorSelfTest() {
        return WebGpuSelfTest.run();
    }

    /** The accelerator's memory as JSON ({@code {"allocated": bytes, "reserved": bytes, "pipelines": n}}), "{}" when there is none. */
    @JSExport
    public static String acceleratorMemoryJson() {
        return WebGpuStartup.memoryJson();
    }

    /** Loses the GPU on purpose and checks that its tensors then fail with the reason; resolves to "ok" or what went wrong. */
    @JSExport
    public static String acceleratorLossTest() {
        return WebGpuSelfTest.loseDevice();
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

    // ---- Step mode, for the graph visualizer ----

    /** Like startRun, but the run pauses before each statement and records the autograd graph. */
    @JSExport
    public static String startStepRun(String source, String filename) {
        String compileError = startRun(source, filename);
        if (compileError == null) {
            current.setStepMode(true);
            moduleVariables = current.visibleVariables();
            recorder = new GraphEventRecorder();
            dev.torchlet.engine.autograd.GraphEvents.clearModules();
            recorderSubscription = dev.torchlet.engine.autograd.GraphEvents.subscribe(recorder);
        }
        return compileError;
    }

    /** Turns step mode off (Continue): the run goes on to its end, still recording the graph. */
    @JSExport
    public static void setStepMode(boolean on) {
        if (current != null) {
            current.setStepMode(on);
        }
    }

    /** The 1-based line the paused program runs next (0 when none). */
    @JSExport
    public static int currentLine() {
        return current == null ? 0 : current.currentLine();
    }

    /** The visible variables as JSON (see VariablesJson); reprs may read tensors back from the GPU. */
    @JSExport
    public static String variablesJson() {
        return visibleVariablesJson();
    }

    private static String visibleVariablesJson() {
        if (current == null) {
            return "[]";
        }
        boolean ended = current.status() == RunStatus.FINISHED || current.status() == RunStatus.FAILED;
        return VariablesJson.of(ended ? moduleVariables : current.visibleVariables());
    }

    /** The graph events since the last call, as a JSON array; stops recording once the run has ended. */
    @JSExport
    public static String takeGraphEvents() {
        return takeRecordedEvents();
    }

    private static String takeRecordedEvents() {
        String events = recorder == null ? "[]" : recorder.take();
        if (current == null || current.status() == RunStatus.FINISHED || current.status() == RunStatus.FAILED) {
            stopRecording();
        }
        return events;
    }

    private static void stopRecording() {
        if (recorderSubscription != null) {
            try {
                recorderSubscription.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        recorderSubscription = null;
        recorder = null;
    }
}
