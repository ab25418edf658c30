package dev.torchlet.web.webgpu;

import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSPromise;

/**
 * Awaiting from Java. TeaVM 0.15's Wasm GC output breaks when an awaited promise rejects, and
 * WebGPU's promises do reject (a lost device fails every mapAsync), so each one is first turned
 * into a promise that always fulfills with a {@link Settled}.
 */
public final class Promises {
    private Promises() {
    }

    /** Waits (suspending the calling Java code, not the worker) for the promise to settle. */
    public static Settled await(JSPromise<?> promise) {
        return Suspension.await(settle(promise, 0));
    }

    /** Like {@link #await(JSPromise)}, but gives up with an error after {@code millis} (0: never). */
    public static Settled await(JSPromise<?> promise, int millis) {
        return Suspension.await(settle(promise, millis));
    }

    /** A promise fulfilled by a timer task: awaiting it lets the browser run its pending tasks. */
    @JSBody(script = "return new Promise(function (resolve) { setTimeout(function () { resolve(null); }, 0); });")
    public static native JSPromise<?> nextTask();

    @JSBody(params = {"promise", "millis"}, script = ""
            + "var settled = Promise.resolve(promise).then("
            + "  function (v) { return {value: v == null ? null : v, error: null}; },"
            + "  function (e) { return {value: null, error: String((e && e.message) || e || 'rejected')}; });"
            + "if (millis <= 0) return settled;"
            + "return Promise.race([settled, new Promise(function (resolve) {"
            + "  setTimeout(function () { resolve({value: null, error: 'no answer in ' + millis + ' ms'}); }, millis); })]);")
    private static native JSPromise<Settled> settle(JSPromise<?> promise, int millis);
}
