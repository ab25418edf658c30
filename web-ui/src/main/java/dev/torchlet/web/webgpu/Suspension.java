package dev.torchlet.web.webgpu;

import org.teavm.classlib.PlatformDetector;
import org.teavm.interop.Import;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * How Java code waits for a promise (a GPU readback) in each build. TeaVM 0.15's coroutine
 * transformation cannot compile the Wasm GC interpreter once it may suspend, so the Wasm GC build
 * uses the browser's JavaScript Promise Integration instead: the wait is one imported function
 * that the worker wraps in {@code WebAssembly.Suspending}, and exports that may reach it are called
 * through {@code WebAssembly.promising} (see worker/load-runtime.ts). The JavaScript build keeps
 * TeaVM's coroutines. The platform checks are constants at compile time, so each build contains
 * only its own way.
 */
public final class Suspension {
    private Suspension() {
    }

    /** Work an export does that may wait for the GPU. */
    public interface Work {
        JSObject run();
    }

    /**
     * Runs an export's work: in the Wasm GC build directly (the worker's promising wrapper makes
     * the call a promise), in the JavaScript build as a TeaVM coroutine returning a promise.
     */
    public static JSObject export(Work work) {
        if (PlatformDetector.isWebAssemblyGC()) {
            return work.run();
        }
        return JSPromise.callAsync(work::run);
    }

    /** Waits for a promise that always fulfills (see Promises), suspending the calling Java code. */
    static <T extends JSObject> T await(JSPromise<T> promise) {
        if (PlatformDetector.isWebAssemblyGC()) {
            hold(promise);
            awaitHeld();
            return taken();
        }
        return promise.await();
    }

    /** Leaves a raw Wasm export's text result where the worker reads it (self.__torchletResult). */
    @JSBody(params = "value", script = "self.__torchletResult = value;")
    public static native void keepResult(String value);

    @JSBody(params = "promise", script = "self.__torchletHeldPromise = promise;")
    private static native void hold(JSObject promise);

    /** Provided by the worker as {@code new WebAssembly.Suspending(...)}: awaits the held promise. */
    @Import(module = "torchletSuspension", name = "awaitHeld")
    private static native void awaitHeld();

    @JSBody(script = "var value = self.__torchletHeldValue; self.__torchletHeldValue = null; return value;")
    private static native <T extends JSObject> T taken();
}
