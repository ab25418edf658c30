package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;

/** Recorded commands, ready to submit. */
public interface GpuCommandBuffer extends JSObject {
}
