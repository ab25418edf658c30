package dev.torchlet.web.webgpu;

import org.teavm.jso.JSBody;

/** Where WebGPU is found: the page's or the worker's {@code navigator}. */
public final class WebGpu {
    private WebGpu() {
    }

    /** {@code navigator.gpu}, or null where the browser has no WebGPU. */
    @JSBody(script = "return (typeof navigator !== 'undefined' && navigator.gpu) || null;")
    public static native Gpu gpu();
}
