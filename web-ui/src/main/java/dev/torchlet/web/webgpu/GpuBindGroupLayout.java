package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;

/** The bindings a pipeline expects in one group. */
public interface GpuBindGroupLayout extends JSObject {
}
