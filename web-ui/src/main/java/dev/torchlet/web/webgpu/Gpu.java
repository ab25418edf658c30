package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** {@code navigator.gpu}: the entry point of WebGPU (see {@link WebGpu#gpu()}). */
public interface Gpu extends JSObject {
    /** Resolves to null when the browser has no usable adapter. */
    JSPromise<GpuAdapter> requestAdapter();
}
