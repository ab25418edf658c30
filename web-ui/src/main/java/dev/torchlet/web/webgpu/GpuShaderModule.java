package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;

/** Compiled WGSL. */
public interface GpuShaderModule extends JSObject {
}
