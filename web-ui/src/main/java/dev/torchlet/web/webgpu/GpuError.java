package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** A validation, out-of-memory or internal error caught by an error scope. */
public interface GpuError extends JSObject {
    @JSProperty
    String getMessage();
}
