package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;

/** Buffers bound to a pipeline's group. */
public interface GpuBindGroup extends JSObject {
}
