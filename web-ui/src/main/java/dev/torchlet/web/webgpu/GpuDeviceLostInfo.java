package dev.torchlet.web.webgpu;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** Why a device was lost: {@code reason} is {@code "destroyed"} or {@code "unknown"}. */
public interface GpuDeviceLostInfo extends JSObject {
    @JSProperty
    String getReason();

    @JSProperty
    String getMessage();
}
