package dev.torchlet.web.webgpu;

import org.teavm.classlib.PlatformDetector;
import org.teavm.interop.Import;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/**
 * How Java code waits for a promise (a GPU readback). TeaVM 0.15's coroutine transformation
 * cannot compile the Wasm GC interpreter once it may suspend, so the Wasm GC build uses the
 * browser's JavaScript Promise Integration instead: the wait is one imported function that the
 * worker wraps in {@code WebAssembly.Suspending}, and exports that may reach it are plain Wasm
 * exports the worker calls through {@code WebAssembly.promising} (see worker/load-runtime.ts).
 * The JavaScript build has no GPU (see {@link #available}). The platform check is a constant at
 * compile time, so neither build carries the other's way.
 */
public final class Suspension {
    private Suspension() {
    }

    /** Waits for a promise that always fulfills (see Promises), suspending the calling Java code. */
    static <T extends JSObject> T await(JSPromise<T> promise) {
        // PlatformDetector directly in the condition: TeaVM drops the other branch only then.
        if (PlatformDetector.isWebAssemblyGC()) {
            hold(promise);
            awaitHeld();
            return taken();
        }
        throw new UnsupportedOperationException("the JavaScript build cannot wait for the GPU");
    }

    /**
     * Whether this build can wait for the GPU at all: the Wasm GC build can (through JSPI). The
     * JavaScript build runs on the CPU only: TeaVM's coroutines, the JavaScript build's one way
     * to wait, made its interpreter 22-44% slower and its deep recursion overflow the stack.
     */
    public static boolean available() {
        return PlatformDetector.isWebAssemblyGC();
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
